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
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

function bars(labels: string[], values: number[], horizontal = false): EChartsCoreOption {
  const category = { type: 'category', data: labels, axisLabel: { interval: 0, width: 110, overflow: 'truncate' } };
  const value = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: horizontal ? 130 : 40, right: 20, top: 20, bottom: horizontal ? 20 : 50 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [{ type: 'bar', data: values, label: { show: true, position: horizontal ? 'right' : 'top' } }],
  };
}

/** Every dashboard chart from the one report: the numbers are the report's, never recomputed here. */
export function dashboardCharts(report: TeamReport, t: TFunction, subtypeLabel: (code: string) => string): ChartSpec[] {
  const count = t('reports.table.count');
  const simple = (key: string, labels: string[], values: number[], horizontal = false): ChartSpec => ({
    key,
    title: t(`reports.charts.${key}`),
    option: bars(labels, values, horizontal),
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
    },
    simple('byType', report.byType.map((r) => t(complaintTypeLabelKey(r.type))), report.byType.map((r) => r.count)),
    simple(
      'bySubtype',
      report.bySubtype.map((r) => subtypeLabel(r.subtype)),
      report.bySubtype.map((r) => r.count),
      true,
    ),
    simple('byStage', report.byStage.map((r) => t(stageLabelKey(r.stage))), report.byStage.map((r) => r.count)),
    simple('byChannel', report.byChannel.map((r) => t(channelLabelKey(r.channel))), report.byChannel.map((r) => r.count)),
    simple('deadlines', deadlineLabels, [report.overdue, report.dueSoon, report.endedLate]),
    {
      key: 'decidedWithin',
      title: t('reports.charts.decidedWithin'),
      option: bars(report.decidedWithin.map((d) => t('reports.withinDays', { days: d.days })), report.decidedWithin.map((d) => Math.round(d.share * 1000) / 10)),
      table: {
        columns: [t('reports.table.window'), count, t('reports.table.share')],
        rows: report.decidedWithin.map((d) => [t('reports.withinDays', { days: d.days }), d.count, percent(d.share)]),
      },
    },
    {
      key: 'timeToDecision',
      title: t('reports.charts.timeToDecision'),
      option: bars([t('reports.average'), t('reports.p90')], [report.timeToDecision.averageDays ?? 0, report.timeToDecision.p90Days ?? 0]),
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
      option: {
        tooltip: { trigger: 'axis' },
        legend: { data: [t('reports.open'), t('reports.deadline.overdue')] },
        grid: { left: 40, right: 20, top: 30, bottom: 40 },
        xAxis: { type: 'category', data: report.agentLoad.map((a) => a.name) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t('reports.open'), type: 'bar', data: report.agentLoad.map((a) => a.open) },
          { name: t('reports.deadline.overdue'), type: 'bar', data: report.agentLoad.map((a) => a.overdue) },
        ],
      },
      table: {
        columns: [t('reports.table.agent'), t('reports.open'), t('reports.deadline.overdue')],
        rows: report.agentLoad.map((a) => [`${a.name} ${a.id}`, a.open, a.overdue]),
      },
    },
  ];
}
