import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import { channelLabelKey } from '../../../shared/domain/channels';
import { complaintTypeLabelKey } from '../../../shared/domain/complaint-types';
import { stageLabelKey } from '../../../shared/domain/stages';
import type { TeamReport } from '../../../shared/domain/reports/team-report';

/** A chart of the dashboard and the same numbers as a table, for people who would rather read. */
export interface ChartSpec {
  key: string;
  title: string;
  option: EChartsCoreOption;
  table: { columns: string[]; rows: (string | number)[][] };
  /** The chart's height in pixels: a bar chart lying on its side grows with its rows, so no name overprints another. */
  height: number;
  /** What the figure counts, when its title cannot say it all: shown under the chart and its table. */
  note?: string;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

export const CHART_HEIGHT = 260;
/** Pixels a category takes on a horizontal bar chart: a name of 12 px type and a bar, with air between. */
export const ROW_PX = 24;
/** Where a horizontal chart's names are cut (the tooltip and the table have them whole). */
export const NAME_WIDTH = 150;

/** A horizontal chart's height: every row its own line, and never shorter than the charts beside it. */
export const horizontalHeight = (rows: number, extra = 0) => Math.max(CHART_HEIGHT, rows * ROW_PX + 50 + extra);

/**
 * Bars. Names that are many or long (subtypes, stages, agents) go down the side, one per line, cut at
 * NAME_WIDTH with the whole name in the tooltip; a few short ones (3 deadline states, 2 measures) stand below.
 */
function bars(labels: string[], values: number[], horizontal = false): EChartsCoreOption {
  const category = horizontal
    ? { type: 'category', data: labels, inverse: true, axisLabel: { interval: 0, width: NAME_WIDTH, overflow: 'truncate' } }
    : { type: 'category', data: labels, axisLabel: { interval: 0, hideOverlap: true, width: 90, overflow: 'truncate' } };
  const value = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { left: horizontal ? NAME_WIDTH + 12 : 40, right: horizontal ? 40 : 20, top: 20, bottom: horizontal ? 20 : 40 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [{ type: 'bar', data: values, barMaxWidth: 28, label: { show: true, position: horizontal ? 'right' : 'top' } }],
  };
}

/** Every dashboard chart from the one report: the numbers are the report's, never recomputed here. */
export function dashboardCharts(report: TeamReport, t: TFunction, subtypeLabel: (code: string) => string): ChartSpec[] {
  const count = t('reports.table.count');
  const simple = (key: string, labels: string[], values: number[], horizontal = false): ChartSpec => ({
    key,
    title: t(`reports.charts.${key}`),
    option: bars(labels, values, horizontal),
    height: horizontal ? horizontalHeight(labels.length) : CHART_HEIGHT,
    table: { columns: [t(`reports.table.${key}`), count], rows: labels.map((label, i) => [label, values[i] ?? 0]) },
  });
  const deadlineLabels = [t('reports.deadline.overdue'), t('reports.deadline.dueSoon'), t('reports.deadline.endedLate')];
  return [
    {
      key: 'receivedPerDay',
      title: t('reports.charts.receivedPerDay'),
      option: {
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 20, top: 20, bottom: 40 },
        xAxis: { type: 'category', data: report.receivedPerDay.map((d) => d.day.slice(5)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'line', data: report.receivedPerDay.map((d) => d.count), areaStyle: {} }],
      },
      table: { columns: [t('reports.table.day'), count], rows: report.receivedPerDay.map((d) => [d.day, d.count]) },
      height: CHART_HEIGHT,
    },
    simple('byType', report.byType.map((r) => t(complaintTypeLabelKey(r.type))), report.byType.map((r) => r.count), true),
    simple(
      'bySubtype',
      // Every type has its own "other": say whose, or four rows read the same.
      report.bySubtype.map((r) => (r.subtype === `${r.type}_other` ? `${t(complaintTypeLabelKey(r.type))} · ${subtypeLabel(r.subtype)}` : subtypeLabel(r.subtype))),
      report.bySubtype.map((r) => r.count),
      true,
    ),
    simple('byStage', report.byStage.map((r) => t(stageLabelKey(r.stage))), report.byStage.map((r) => r.count), true),
    simple('byChannel', report.byChannel.map((r) => t(channelLabelKey(r.channel))), report.byChannel.map((r) => r.count), true),
    simple('deadlines', deadlineLabels, [report.overdue, report.dueSoon, report.endedLate]),
    {
      key: 'decidedWithin',
      title: t('reports.charts.decidedWithin'),
      note: t('reports.charts.decidedWithinNote'),
      option: bars(report.decidedWithin.map((d) => t('reports.withinDays', { days: d.days })), report.decidedWithin.map((d) => Math.round(d.share * 1000) / 10)),
      height: CHART_HEIGHT,
      table: {
        columns: [t('reports.table.window'), count, t('reports.table.share')],
        rows: report.decidedWithin.map((d) => [t('reports.withinDays', { days: d.days }), d.count, percent(d.share)]),
      },
    },
    {
      key: 'timeToDecision',
      title: t('reports.charts.timeToDecision'),
      option: bars([t('reports.average'), t('reports.p90')], [report.timeToDecision.averageDays ?? 0, report.timeToDecision.p90Days ?? 0]),
      height: CHART_HEIGHT,
      table: {
        columns: [t('reports.table.measure'), t('reports.table.days')],
        rows: [
          [t('reports.decided'), report.timeToDecision.decided],
          [t('reports.average'), report.timeToDecision.averageDays ?? '—'],
          [t('reports.p90'), report.timeToDecision.p90Days ?? '—'],
        ],
      },
    },
    {
      ...simple('satisfaction', report.satisfaction.distribution.map((d) => t('reports.score', { score: d.score })), report.satisfaction.distribution.map((d) => d.count)),
      title: `${t('reports.charts.satisfaction')}（${t('reports.averageScore', { average: report.satisfaction.average ?? '—' })}）`,
    },
    {
      key: 'agentLoad',
      title: t('reports.charts.agentLoad'),
      // Each agent's name beside their bars (all of them, one per line), the legend above the bars, clear of the names.
      option: {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
        legend: { data: [t('reports.open'), t('reports.deadline.overdue')], top: 0, right: 10 },
        grid: { left: NAME_WIDTH + 12, right: 40, top: 32, bottom: 20 },
        yAxis: { type: 'category', inverse: true, data: report.agentLoad.map((a) => `${a.name} ${a.id}`), axisLabel: { interval: 0, width: NAME_WIDTH, overflow: 'truncate' } },
        xAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t('reports.open'), type: 'bar', barMaxWidth: 14, data: report.agentLoad.map((a) => a.open), label: { show: true, position: 'right' } },
          { name: t('reports.deadline.overdue'), type: 'bar', barMaxWidth: 14, data: report.agentLoad.map((a) => a.overdue), label: { show: true, position: 'right' } },
        ],
      },
      height: horizontalHeight(report.agentLoad.length * 2, 12),
      table: {
        columns: [t('reports.table.agent'), t('reports.open'), t('reports.deadline.overdue')],
        rows: report.agentLoad.map((a) => [`${a.name} ${a.id}`, a.open, a.overdue]),
      },
    },
  ];
}
