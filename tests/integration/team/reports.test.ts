import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RegulatoryStats } from '../../../shared/domain/reports/regulatory';
import type { RootCauseReport } from '../../../shared/domain/reports/root-causes';
import type { TeamReport } from '../../../shared/domain/reports/team-report';
import { makeTestDesk } from '../../support/desk';
import { EAST_BRANCH, seedTeamDataSet, SOUTH_BRANCH } from '../../support/team-data-set';
import { ADMIN, LEAD, OTHER_AGENT, validStageData } from '../../support/workflow';
import { signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

describe('reports against a known data set, on real SQLite', () => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = makeTestDesk();
    await seedTeamDataSet(desk);
    signInAs(desk, LEAD);
  });
  afterEach(() => signInAs(desk, LEAD));
  const november = { from: '2026-11-01', to: '2026-11-25' };

  it('computes every number of the dashboard and the daily log', async () => {
    const report = valueOf<TeamReport>(await desk.dispatch('reports.dashboard', { range: november }));
    expect(report).toMatchObject({ received: 6, closed: 2, withdrawn: 1, open: 3, overdue: 1, dueSoon: 1, endedLate: 1, asOf: '2026-11-25T02:00:00.000Z' });
    expect(report.receivedPerDay).toHaveLength(25);
    expect(report.receivedPerDay.filter((d) => d.count > 0)).toEqual(
      ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-05', '2026-11-12', '2026-11-24'].map((day) => ({ day, count: 1 })),
    );
    expect(report.byType).toEqual([
      { type: 'contract_clause', count: 2 },
      { type: 'service_quality', count: 1 },
      { type: 'claims_dispute', count: 2 },
      { type: 'fraud', count: 1 },
    ]);
    expect(report.bySubtype.filter((s) => s.count > 0)).toEqual([
      { type: 'contract_clause', subtype: 'clause_misunderstood', count: 1 },
      { type: 'contract_clause', subtype: 'claim_conditions_unmet', count: 1 },
      { type: 'service_quality', subtype: 'slow_handling', count: 1 },
      { type: 'claims_dispute', subtype: 'claim_amount', count: 2 },
      { type: 'fraud', subtype: 'false_declaration', count: 1 },
    ]);
    expect(report.byStage.filter((s) => s.count > 0)).toEqual([
      { stage: 'intake', count: 2 },
      { stage: 'analysis', count: 1 },
    ]);
    expect(report.byChannel.filter((c) => c.count > 0)).toEqual([
      { channel: 'phone', count: 3 },
      { channel: 'email', count: 1 },
      { channel: 'online', count: 1 },
      { channel: 'regulator', count: 1 },
    ]);
    expect(report.decidedWithin).toEqual([
      // Of the 4 due by 25 Nov (投诉办理及时率's base): the October one (due 15 Nov, open), A (9 days), B (20 days) and
      // D (due 20 Nov, open); C was withdrawn, F and E are not due yet.
      { days: 15, count: 1, share: 0.25 },
      { days: 30, count: 2, share: 0.5 },
      { days: 60, count: 2, share: 0.5 },
    ]);
    expect(report.timeToDecision).toEqual({ decided: 2, averageDays: 14.5, p90Days: 20 });
    expect(report.satisfaction).toEqual({
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: score === 2 || score === 4 ? 1 : 0 })),
      responses: 2,
      average: 3,
    });
    expect(report.agentLoad).toEqual([
      { id: 'A1001', name: '王芳', open: 2, overdue: 1 },
      { id: OTHER_AGENT.id, name: OTHER_AGENT.name, open: 1, overdue: 0 },
    ]);
  });

  it('counts a day by the team time zone: 31 Oct 10:00 Beijing is not in November', async () => {
    const report = valueOf<TeamReport>(await desk.dispatch('reports.dashboard', { range: { from: '2026-10-31', to: '2026-10-31' } }));
    expect(report.received).toBe(1);
  });

  it('computes the regulatory statistics of the month, with the rates from the figures the admin entered', async () => {
    const before = valueOf<RegulatoryStats>(await desk.dispatch('reports.regulatory', { period: '2026-11' }));
    expect(before).toMatchObject({ total: 6, per10kPolicies: null, figures: null });
    expect(await desk.dispatch('reports.figures.set', { period: '2026-11', figures: { policies: 120_000, premiumYuan: 300_000_000, insuredPersons: 50_000 } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    signInAs(desk, ADMIN);
    valueOf(await desk.dispatch('reports.figures.set', { period: '2026-11', figures: { policies: 120_000, premiumYuan: 300_000_000, insuredPersons: 50_000 } }));
    const stats = valueOf<RegulatoryStats>(await desk.dispatch('reports.regulatory', { period: '2026-11' }));
    expect(stats).toMatchObject({
      period: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      total: 6,
      overdue: 2,
      withdrawn: 1,
      per10kPolicies: 0.5,
      per100mYuanPremium: 2,
      per10kInsured: 1.2,
      referredByRegulator: { count: 1, share: 0.1667 },
    });
    // The dashboard's definition, over the month: F (due 27 Nov, open) falls due too, so 5 are due.
    expect(stats.decidedWithin).toEqual([
      { days: 15, count: 1, share: 0.2 },
      { days: 30, count: 2, share: 0.4 },
      { days: 60, count: 2, share: 0.4 },
    ]);
    expect(stats.byBranch).toEqual([
      { branch: EAST_BRANCH.name, count: 4 },
      { branch: SOUTH_BRANCH.name, count: 1 },
      { branch: null, count: 1 },
    ]);
    expect(stats.byChannel.filter((c) => c.count > 0)).toEqual([
      { channel: 'phone', count: 3 },
      { channel: 'email', count: 1 },
      { channel: 'online', count: 1 },
      { channel: 'regulator', count: 1 },
    ]);
    expect(stats.bySubtype.filter((c) => c.count > 0).map((c) => [c.subtype, c.count])).toEqual([
      ['clause_misunderstood', 1],
      ['claim_conditions_unmet', 1],
      ['slow_handling', 1],
      ['claim_amount', 2],
      ['false_declaration', 1],
    ]);
    const quarter = valueOf<RegulatoryStats>(await desk.dispatch('reports.regulatory', { period: '2026-Q4' }));
    expect(quarter).toMatchObject({ from: '2026-10-01', to: '2026-12-31', total: 7, figures: null });
    expect(quarter.byBranch).toEqual([
      { branch: EAST_BRANCH.name, count: 5 },
      { branch: SOUTH_BRANCH.name, count: 1 },
      { branch: null, count: 1 },
    ]);
    expect(await desk.dispatch('reports.regulatory', { period: '2026-13' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('groups root causes, lessons and measures by type, counted', async () => {
    const report = valueOf<RootCauseReport>(await desk.dispatch('reports.rootCauses', { range: november }));
    const data = validStageData();
    expect(report.byType.find((t) => t.type === 'claims_dispute')).toEqual({
      type: 'claims_dispute',
      complaints: 2,
      rootCauses: [{ text: data.analysis.rootCause, count: 1 }],
      lessons: [{ text: data.closure.lessonsLearned, count: 1 }],
      measures: [{ text: data.closure.improvementMeasures[0], count: 1 }],
    });
    expect(report.byType.find((t) => t.type === 'fraud')).toMatchObject({ complaints: 1, rootCauses: [] });
  });

  it('refuses agents every report in core', async () => {
    signInAs(desk, OTHER_AGENT);
    for (const [call, input] of [
      ['reports.dashboard', { range: november }],
      ['reports.regulatory', { period: '2026-11' }],
      ['reports.rootCauses', { range: november }],
      ['exports.start', { kind: 'dailyLog', range: november, format: 'csv', language: 'zh-CN' }],
    ] as const) {
      expect(await desk.dispatch(call, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
