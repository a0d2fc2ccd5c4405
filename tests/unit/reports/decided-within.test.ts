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

const DAY = 86_400_000;
const SCOPE = { from: '2026-11-01', to: '2026-11-30', now: NOW };

/**
 * The 15/30/60-day shares on 投诉办理及时率's base: of the complaints whose deadline falls in November (Beijing time),
 * the share decided within N days of receipt, suspended days not counted. Hand-computed: 4 due — #1 (5 days), #3
 * (open), #6 (24 days less 10 suspended = 14) and #7 (received in October, 41 days) — so 2/4, 2/4, 3/4.
 */
describe('the 15/30/60-day figures: one definition, of the complaints due in the period', () => {
  const received = [
    row('1', { status: 'closed', stage: 'closure', endedAt: '2026-11-07T02:00:00.000Z' }), // due 17 Nov, 5 days
    row('2', { status: 'withdrawn', endedAt: '2026-11-04T02:00:00.000Z' }), // withdrawn: not in the base
    row('3', {}), // due 17 Nov and still open: due, not decided
    row('4', { receivedAt: '2026-11-20T02:00:00.000Z', dueAt: '2026-12-05T02:00:00.000Z' }), // open, due in December: not yet
    row('5', { receivedAt: '2026-11-25T02:00:00.000Z', dueAt: '2026-12-10T02:00:00.000Z', channel: 'regulator' }), // the same
    // Suspended 10 days: due 28 Nov; decided 27 Nov, 24 days after receipt, 14 of them counted.
    row('6', { receivedAt: '2026-11-03T02:00:00.000Z', dueAt: '2026-11-28T02:00:00.000Z', suspendedMs: 10 * DAY, status: 'closed', stage: 'closure', endedAt: '2026-11-27T02:00:00.000Z' }),
    // Suspended now: no fixed due time, not in the base.
    row('9', { receivedAt: '2026-11-01T02:00:00.000Z', dueAt: '2026-11-16T02:00:00.000Z', suspendedSince: '2026-11-10T02:00:00.000Z' }),
  ];
  const earlier = [
    // Received in October, due 4 November, decided on 30 November: 41 days.
    row('7', { receivedAt: '2026-10-20T02:00:00.000Z', dueAt: '2026-11-04T02:00:00.000Z', status: 'closed', stage: 'closure', endedAt: '2026-11-30T02:00:00.000Z' }),
    // Received in October and due in October: not this period's.
    row('8', { receivedAt: '2026-10-10T02:00:00.000Z', dueAt: '2026-10-25T02:00:00.000Z' }),
  ];
  const expected = [
    { days: 15, count: 2, share: 0.5 },
    { days: 30, count: 2, share: 0.5 },
    { days: 60, count: 3, share: 0.75 },
  ];

  it('is the same on the dashboard and in 监管统计, counting the earlier-received complaints due in the period', () => {
    expect(buildTeamReport(received, SCOPE, earlier).decidedWithin).toEqual(expected);
    expect(buildRegulatoryStats(received, { period: '2026-11', ...SCOPE }, null, earlier).decidedWithin).toEqual(expected);
    // Every other figure is still of the complaints received in the period only.
    expect(buildTeamReport(received, SCOPE, earlier).received).toBe(received.length);
  });

  it('leaves out the open complaints not yet due, the withdrawn and the suspended, whatever their number', () => {
    const base = buildTeamReport(received, SCOPE, earlier).decidedWithin;
    const more = [...received, row('10', { receivedAt: '2026-11-29T02:00:00.000Z', dueAt: '2026-12-14T02:00:00.000Z' }), row('11', { status: 'withdrawn', endedAt: '2026-11-05T02:00:00.000Z' })];
    expect(buildTeamReport(more, SCOPE, earlier).decidedWithin).toEqual(base);
  });

  it('a suspension extends the time allowed: 24 days with 10 suspended is within 15; without the suspension it is not', () => {
    const six = received.filter((r) => r.id === '6');
    expect(buildTeamReport(six, SCOPE).decidedWithin.map((d) => d.count)).toEqual([1, 1, 1]);
    expect(buildTeamReport(six.map((r) => ({ ...r, suspendedMs: 0 })), SCOPE).decidedWithin.map((d) => d.count)).toEqual([0, 1, 1]);
  });

  it('decided exactly N days after receipt is within N; nothing due in the period: every share is 0', () => {
    const exactly = [row('12', { status: 'closed', stage: 'closure', endedAt: '2026-11-17T02:00:00.000Z' })];
    expect(buildTeamReport(exactly, SCOPE).decidedWithin).toEqual([
      { days: 15, count: 1, share: 1 },
      { days: 30, count: 1, share: 1 },
      { days: 60, count: 1, share: 1 },
    ]);
    expect(buildTeamReport(received.filter((r) => ['2', '4', '5', '9'].includes(r.id)), SCOPE).decidedWithin).toEqual([
      { days: 15, count: 0, share: 0 },
      { days: 30, count: 0, share: 0 },
      { days: 60, count: 0, share: 0 },
    ]);
  });
});
