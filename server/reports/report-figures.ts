import { REGULATOR_CHANNEL } from '../../shared/domain/channels';
import { CHANNELS } from '../../shared/domain/channels';
import { COMPLAINT_TYPE_CODES, COMPLAINT_TYPES } from '../../shared/domain/complaint-types';
import { byCountThenName } from '../../shared/domain/reports/branch-counts';
import { round2, share } from '../../shared/domain/reports/counting';
import { rate, type RegulatoryFigures, type RegulatoryStats } from '../../shared/domain/reports/regulatory';
import { DAY_MS } from '../../shared/domain/reports/report-row';
import { DECISION_WINDOWS, SATISFACTION_SCORES, byAgentLoad, type TeamReport } from '../../shared/domain/reports/team-report';
import { daysBetween } from '../../shared/domain/reports/team-time';
import { windowShares } from '../../shared/domain/reports/quarterly/timeliness';
import { STAGES } from '../../shared/domain/stages';
import type { DeadlineSettings } from '../../shared/domain/workflow/deadlines';
import type pg from 'pg';
import { figureCounts, type FigureCounts, type FigureScope, type Group } from './report-figures-sql';

/*
 * The dashboard's team report and 监管统计 of any number of complaints, computed by PostgreSQL
 * (report-figures-sql.ts: counts over the report columns, never a complaint in memory) and assembled here
 * with the shared functions' own orders, shares and roundings. tests/integration/server/report-figures.test.ts
 * holds both equal to buildTeamReport and buildRegulatoryStats over generated complaints: one definition.
 */

/**
 * Counts per key as a Tally gives them (shared/domain/reports/counting.ts): the keys of `order` first, zeros
 * included, then the others in the order their first complaint came.
 */
function tallied<K extends string>(groups: readonly Group[], order: readonly K[]): Array<{ key: K; count: number }> {
  const counts = new Map(groups.map((g) => [g.key, g.count]));
  const others = groups.filter((g) => !order.includes(g.key as K)).sort((a, b) => a.first - b.first);
  return [...order.map((key) => ({ key, count: counts.get(key) ?? 0 })), ...others.map((g) => ({ key: g.key as K, count: g.count }))];
}

/** The shared count fields of the team report and 监管统计, from the counts. */
function sharedCounts(counts: FigureCounts): Pick<TeamReport, 'byType' | 'bySubtype' | 'byChannel' | 'decidedWithin'> {
  return {
    byType: tallied(counts.byType, COMPLAINT_TYPE_CODES).map(({ key, count }) => ({ type: key, count })),
    bySubtype: COMPLAINT_TYPE_CODES.flatMap((type) =>
      tallied(
        counts.bySubtype.filter((g) => g.type === type),
        COMPLAINT_TYPES[type],
      ).map(({ key, count }) => ({ type, subtype: key, count })),
    ),
    byChannel: tallied(counts.byChannel, CHANNELS).map(({ key, count }) => ({ channel: key, count })),
    decidedWithin: windowShares(DECISION_WINDOWS, counts.decidedWithin, counts.dueInRange),
  };
}

/** The dashboard's team report (buildTeamReport's answer) for a scope, from the counts. */
function teamReportOf(counts: FigureCounts, scope: FigureScope): TeamReport {
  return {
    from: scope.from,
    to: scope.to,
    asOf: scope.now.toISOString(),
    received: counts.received,
    closed: counts.closed,
    withdrawn: counts.withdrawn,
    open: counts.open,
    overdue: counts.overdue,
    dueSoon: counts.dueSoon,
    endedLate: counts.endedLate,
    receivedPerDay: tallied(counts.byDay, daysBetween(scope.from, scope.to)).map(({ key, count }) => ({ day: key, count })),
    ...sharedCounts(counts),
    byStage: tallied(counts.openByStage, STAGES).map(({ key, count }) => ({ stage: key, count })),
    timeToDecision: {
      decided: counts.decided,
      averageDays: counts.averageDecisionMs === null ? null : round2(counts.averageDecisionMs / DAY_MS),
      p90Days: counts.p90DecisionMs === null ? null : round2(counts.p90DecisionMs / DAY_MS),
    },
    satisfaction: {
      distribution: tallied(counts.bySatisfaction, SATISFACTION_SCORES.map(String)).map(({ key, count }) => ({ score: Number(key), count })),
      responses: counts.satisfactionResponses,
      average: counts.satisfactionAverage === null ? null : round2(counts.satisfactionAverage),
    },
    agentLoad: counts.agents.map((a) => ({ id: a.id, name: a.name ?? a.id, open: a.open, overdue: a.overdue })).sort(byAgentLoad),
  };
}

/** Branch counts as branchCounts gives them: most first, then by name. */
const branchCountsOf = (counts: FigureCounts) => counts.byBranch.map((g) => ({ branch: g.key, count: g.count })).sort(byCountThenName);

/** The team report (buildTeamReport's answer) of the complaints received in the scope's days. */
export async function teamReportFromSql(db: pg.Pool, scope: FigureScope, deadlines: DeadlineSettings): Promise<TeamReport> {
  return teamReportOf(await figureCounts(db, scope, deadlines, REGULATOR_CHANNEL), scope);
}

/** 监管统计 (buildRegulatoryStats's answer) of the complaints received in the period's days. */
export async function regulatoryStatsFromSql(
  db: pg.Pool,
  scope: FigureScope & { period: string },
  deadlines: DeadlineSettings,
  figures: RegulatoryFigures | null,
): Promise<RegulatoryStats> {
  const counts = await figureCounts(db, scope, deadlines, REGULATOR_CHANNEL);
  const { byType, bySubtype, byChannel, decidedWithin } = sharedCounts(counts);
  return {
    period: scope.period,
    from: scope.from,
    to: scope.to,
    total: counts.received,
    byType,
    bySubtype,
    byChannel,
    byBranch: branchCountsOf(counts),
    decidedWithin,
    overdue: counts.missedDeadline,
    withdrawn: counts.withdrawn,
    figures,
    per10kPolicies: rate(counts.received, figures?.policies, 10_000),
    per100mYuanPremium: rate(counts.received, figures?.premiumYuan, 100_000_000),
    per10kInsured: rate(counts.received, figures?.insuredPersons, 10_000),
    referredByRegulator: { count: counts.referred, share: share(counts.referred, counts.received) },
  };
}
