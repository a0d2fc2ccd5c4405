import { describe, expect, it } from 'vitest';
import { buildRegulatoryStats } from '../../../shared/domain/reports/regulatory';
import type { ReportRow } from '../../../shared/domain/reports/report-row';
import { buildTeamReport } from '../../../shared/domain/reports/team-report';

const NOW = new Date('2026-11-30T02:00:00.000Z');
const row = (id: string, over: Partial<ReportRow>): ReportRow => ({
  id,
  number: `TS-20261101-${id.padStart(8, '0')}`,
  receivedAt: '2026-11-02T02:00:00.000Z',
  dueAt: '2026-11-17T02:00:00.000Z',
  endedAt: null,
  complaintType: 'service_quality',
  complaintSubtype: 'slow_handling',
  channel: 'phone',
  stage: 'intake',
  status: 'open',
  assigneeId: 'A1001',
  assigneeName: '王芳',
  branch: null,
  customerName: '张三',
  contactPhone: '13800138000',
  policyNumber: 'P1',
  demand: '退保',
  satisfaction: null,
  rootCause: null,
  lessonsLearned: null,
  improvementMeasures: [],
  ...over,
});

describe('the 15/30/60-day figures: one definition, the share of decided complaints decided within N days', () => {
  // Issue 22, item 19: 1 decided complaint (in 5 days), 1 withdrawn, 3 open — 20 % on the dashboard, 25 % in 监管统计 before.
  const rows = [
    row('1', { status: 'closed', stage: 'closure', endedAt: '2026-11-07T02:00:00.000Z' }),
    row('2', { status: 'withdrawn', endedAt: '2026-11-04T02:00:00.000Z' }),
    row('3', {}),
    row('4', { receivedAt: '2026-11-20T02:00:00.000Z' }),
    row('5', { receivedAt: '2026-11-25T02:00:00.000Z', channel: 'regulator' }),
  ];
  const expected = [
    { days: 15, count: 1, share: 1 },
    { days: 30, count: 1, share: 1 },
    { days: 60, count: 1, share: 1 },
  ];

  it('is 100 % on the dashboard and in 监管统计 when 1 of 1 decided complaint was on time', () => {
    const dashboard = buildTeamReport(rows, { from: '2026-11-01', to: '2026-11-30', now: NOW });
    const regulatory = buildRegulatoryStats(rows, { period: '2026-11', from: '2026-11-01', to: '2026-11-30', now: NOW }, null);
    expect(dashboard.decidedWithin).toEqual(expected);
    expect(regulatory.decidedWithin).toEqual(expected);
    // Whatever else either counts (the regulator's view may leave rows out), the decided ones decide the share.
    expect(buildRegulatoryStats(rows.slice(0, 4), { period: '2026-11', from: '2026-11-01', to: '2026-11-30', now: NOW }, null).decidedWithin).toEqual(expected);
  });

  it('splits the decided complaints by their days to decision, and is 0 with none decided', () => {
    const late = [...rows, row('6', { status: 'closed', stage: 'closure', endedAt: '2026-11-28T02:00:00.000Z' })];
    expect(buildTeamReport(late, { from: '2026-11-01', to: '2026-11-30', now: NOW }).decidedWithin).toEqual([
      { days: 15, count: 1, share: 0.5 },
      { days: 30, count: 2, share: 1 },
      { days: 60, count: 2, share: 1 },
    ]);
    expect(buildTeamReport(rows.slice(1), { from: '2026-11-01', to: '2026-11-30', now: NOW }).decidedWithin.map((d) => d.share)).toEqual([0, 0, 0]);
  });
});
