import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { buildTeamReport } from '../../../shared/domain/reports/team-report';
import { dashboardCharts, NAME_WIDTH, ROW_PX, type ChartSpec } from '../../../renderer/features/reports/dashboard-charts';

/** Issue 22: at 1366×768 the subtypes overprinted, the stage names ran together, 坐席在办量 showed no names. */
const t = ((key: string) => key) as unknown as TFunction;
const report = {
  ...buildTeamReport([], { from: '2026-12-01', to: '2026-12-07', now: new Date('2026-12-07T04:00:00Z') }),
  agentLoad: [
    { id: 'A1001', name: '王芳', open: 3, overdue: 1 },
    { id: 'B2002', name: '赵敏', open: 1, overdue: 0 },
    { id: 'A1003', name: '孙丽', open: 0, overdue: 0 },
  ],
};
const charts = dashboardCharts(report, t, (code) => `subtype:${code}`);
const chart = (key: string) => charts.find((c) => c.key === key)!;
type Axis = { type: string; data?: string[]; inverse?: boolean; axisLabel?: { interval?: number; width?: number; overflow?: string } };
const axes = (spec: ChartSpec) => spec.option as { xAxis: Axis; yAxis: Axis; legend?: { top?: number; bottom?: number }; grid: { top: number; left: number } };

describe('dashboard charts', () => {
  it('lays every subtype on its own line: names down the side, cut with the whole in the tooltip, the chart as tall as its rows', () => {
    const spec = chart('bySubtype');
    const { xAxis, yAxis } = axes(spec);
    expect(report.bySubtype.length).toBeGreaterThanOrEqual(20);
    expect(xAxis.type).toBe('value');
    expect(yAxis).toMatchObject({ type: 'category', inverse: true, axisLabel: { interval: 0, width: NAME_WIDTH, overflow: 'truncate' } });
    expect(yAxis.data).toHaveLength(report.bySubtype.length);
    expect(spec.height).toBeGreaterThanOrEqual(report.bySubtype.length * ROW_PX);
    expect(spec.option).toMatchObject({ tooltip: { trigger: 'axis' } });
  });

  it('puts the seven stage names one under another, not side by side', () => {
    const { yAxis } = axes(chart('byStage'));
    expect(yAxis.type).toBe('category');
    expect(yAxis.axisLabel?.interval).toBe(0);
  });

  it('names every agent (name and 工号) beside their bars, with the legend above the bars, clear of the names', () => {
    const spec = chart('agentLoad');
    const option = axes(spec);
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['王芳 A1001', '赵敏 B2002', '孙丽 A1003'], axisLabel: { interval: 0 } });
    expect(option.legend?.top).toBe(0);
    expect(option.legend?.bottom).toBeUndefined();
    expect(option.grid.top).toBeGreaterThanOrEqual(30);
    expect(option.grid.left).toBeGreaterThan(NAME_WIDTH);
  });
});
