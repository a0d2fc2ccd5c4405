import { z } from 'zod';
import { CHANNELS, type Channel } from '../channels';
import { COMPLAINT_TYPE_CODES, COMPLAINT_TYPES, type ComplaintType } from '../complaint-types';
import { STAGES, type Stage } from '../stages';
import { deadlineStateAt } from '../workflow/deadlines';
import { average, percentile, round2, Tally } from './counting';
import { daysToDecision, isOverdueNow, missedDeadline, type ReportRow } from './report-row';
import { dayRangeToInstants, daysBetween, localDay, TEAM_TIME_ZONE } from './team-time';
import { DecidedWithinTally, type DecisionTimeRow } from './quarterly/timeliness';

/** The windows the regulation and the regulator's notices count decisions in. */
export const DECISION_WINDOWS = [15, 30, 60] as const;
export const SATISFACTION_SCORES = [1, 2, 3, 4, 5] as const;

const count = z.number().int();
/** The counts the team report and the regulatory statistics share. */
export const sharedCountFields = {
  byType: z.array(z.object({ type: z.enum(COMPLAINT_TYPE_CODES), count })),
  bySubtype: z.array(z.object({ type: z.enum(COMPLAINT_TYPE_CODES), subtype: z.string(), count })),
  byChannel: z.array(z.object({ channel: z.enum(CHANNELS), count })),
  decidedWithin: z.array(z.object({ days: count, count, share: z.number() })),
};

export const TeamReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  received: count,
  closed: count,
  withdrawn: count,
  open: count,
  overdue: count,
  dueSoon: count,
  endedLate: count,
  receivedPerDay: z.array(z.object({ day: z.string(), count })),
  ...sharedCountFields,
  byStage: z.array(z.object({ stage: z.enum(STAGES), count })),
  timeToDecision: z.object({ decided: count, averageDays: z.number().nullable(), p90Days: z.number().nullable() }),
  satisfaction: z.object({
    distribution: z.array(z.object({ score: count, count })),
    responses: count,
    average: z.number().nullable(),
  }),
  agentLoad: z.array(z.object({ id: z.string(), name: z.string(), open: count, overdue: count })),
});
export type TeamReport = z.infer<typeof TeamReportSchema>;

export interface ReportScope {
  /** Calendar days in the time zone, inclusive; the rows are the complaints received in them. */
  from: string;
  to: string;
  now: Date;
  timeZone?: string;
}

/** What the team report reads of a complaint. */
export type TeamReportRow = Pick<
  ReportRow,
  'receivedAt' | 'dueAt' | 'suspendedSince' | 'suspendedMs' | 'endedAt' | 'complaintType' | 'complaintSubtype' | 'channel' | 'stage' | 'status' | 'assigneeId' | 'assigneeName' | 'satisfaction'
>;

/** Complaints per type, in the taxonomy's order, and per subtype under its type, one complaint at a time. */
export class TypeTally {
  private readonly byType = new Tally<ComplaintType>(COMPLAINT_TYPE_CODES);
  private readonly bySubtype = new Map(COMPLAINT_TYPE_CODES.map((type) => [type, new Tally<string>(COMPLAINT_TYPES[type])]));

  add(row: Pick<ReportRow, 'complaintType' | 'complaintSubtype'>): void {
    this.byType.add(row.complaintType);
    this.bySubtype.get(row.complaintType)?.add(row.complaintSubtype);
  }

  counts(): Pick<TeamReport, 'byType' | 'bySubtype'> {
    return {
      byType: this.byType.entries().map(({ key, count }) => ({ type: key, count })),
      bySubtype: COMPLAINT_TYPE_CODES.flatMap((type) => this.bySubtype.get(type)!.entries().map(({ key, count }) => ({ type, subtype: key, count }))),
    };
  }
}

export function typeCounts(rows: readonly Pick<ReportRow, 'complaintType' | 'complaintSubtype'>[]): Pick<TeamReport, 'byType' | 'bySubtype'> {
  const tally = new TypeTally();
  for (const row of rows) tally.add(row);
  return tally.counts();
}

const channelTally = () => new Tally<Channel>(CHANNELS);
const channelEntries = (tally: Tally<Channel>) => tally.entries().map(({ key, count }) => ({ channel: key, count }));

export const channelCounts = (rows: readonly Pick<ReportRow, 'channel'>[]) => {
  const tally = channelTally();
  for (const row of rows) tally.add(row.channel);
  return channelEntries(tally);
};

/**
 * The 15/30/60-day figures, on the dashboard, in 监管统计 and in the exports' 汇总, on 投诉办理及时率's base
 * (quarterly/timeliness.ts, DecidedWithinTally): of the complaints whose deadline falls in the period — open
 * ones included, withdrawn and currently suspended ones not — the share decided within 15, 30 and 60 days of
 * receipt, suspended days not counted. Nothing due in the period: every share is 0.
 */
export const decisionWindowTally = (scope: Pick<ReportScope, 'from' | 'to' | 'timeZone'>): DecidedWithinTally => {
  const { start, end } = dayRangeToInstants(scope.from, scope.to, scope.timeZone ?? TEAM_TIME_ZONE);
  return new DecidedWithinTally(Date.parse(start), Date.parse(end), DECISION_WINDOWS);
};

/**
 * Every number the dashboard and the daily log's summary show, gathered one complaint at a time, so the
 * daily log's export need not hold 100k complaints to write its 汇总; buildTeamReport is this over an array.
 */
export class TeamReportTally {
  private readonly now: Date;
  private readonly timeZone: string;
  private received = 0;
  private closed = 0;
  private withdrawn = 0;
  private open = 0;
  private overdue = 0;
  private dueSoon = 0;
  private endedLate = 0;
  private readonly perDay: Tally<string>;
  private readonly types = new TypeTally();
  private readonly openByStage = new Tally<Stage>(STAGES);
  private readonly byChannel = channelTally();
  private readonly decisionDays: number[] = [];
  private readonly decisionWindows: DecidedWithinTally;
  private readonly scores = new Tally<string>(SATISFACTION_SCORES.map(String));
  private readonly scoreValues: number[] = [];
  private readonly agents = new Map<string, { id: string; name: string; open: number; overdue: number }>();

  constructor(private readonly scope: ReportScope) {
    this.now = scope.now;
    this.timeZone = scope.timeZone ?? TEAM_TIME_ZONE;
    this.perDay = new Tally(daysBetween(scope.from, scope.to));
    this.decisionWindows = decisionWindowTally(scope);
  }

  /**
   * A complaint received before the range (up to DUE_LOOKBACK_DAYS earlier): it counts only where its deadline
   * falls in the range, in the 15/30/60-day shares; every other figure is of the complaints received in it (`add`).
   */
  addEarlier(r: DecisionTimeRow): void {
    this.decisionWindows.add(r);
  }

  add(r: TeamReportRow): void {
    const { now } = this;
    this.received += 1;
    if (r.status === 'open') {
      this.open += 1;
      const overdue = isOverdueNow(r, now);
      if (overdue) this.overdue += 1;
      if (!r.suspendedSince && deadlineStateAt(new Date(r.dueAt), now) === 'dueSoon') this.dueSoon += 1;
      this.openByStage.add(r.stage);
      if (r.assigneeId) {
        const agent = this.agents.get(r.assigneeId) ?? { id: r.assigneeId, name: r.assigneeName ?? r.assigneeId, open: 0, overdue: 0 };
        agent.open += 1;
        if (overdue) agent.overdue += 1;
        this.agents.set(r.assigneeId, agent);
      }
    } else {
      if (r.status === 'closed') this.closed += 1;
      if (r.status === 'withdrawn') this.withdrawn += 1;
      if (missedDeadline(r, now)) this.endedLate += 1;
    }
    this.perDay.add(localDay(r.receivedAt, this.timeZone));
    this.types.add(r);
    this.byChannel.add(r.channel);
    const days = daysToDecision(r);
    if (days !== null) this.decisionDays.push(days);
    this.decisionWindows.add(r);
    if (r.satisfaction !== null) {
      this.scores.add(String(r.satisfaction));
      this.scoreValues.push(r.satisfaction);
    }
  }

  report(): TeamReport {
    const { scope, decisionDays, scoreValues } = this;
    const avg = average(decisionDays);
    const p90 = percentile(decisionDays, 90);
    const avgScore = average(scoreValues);
    return {
      from: scope.from,
      to: scope.to,
      asOf: this.now.toISOString(),
      received: this.received,
      closed: this.closed,
      withdrawn: this.withdrawn,
      open: this.open,
      overdue: this.overdue,
      dueSoon: this.dueSoon,
      endedLate: this.endedLate,
      receivedPerDay: this.perDay.entries().map(({ key, count }) => ({ day: key, count })),
      ...this.types.counts(),
      byStage: this.openByStage.entries().map(({ key, count }) => ({ stage: key, count })),
      byChannel: channelEntries(this.byChannel),
      decidedWithin: this.decisionWindows.result(),
      timeToDecision: { decided: decisionDays.length, averageDays: avg === null ? null : round2(avg), p90Days: p90 === null ? null : round2(p90) },
      satisfaction: {
        distribution: this.scores.entries().map(({ key, count }) => ({ score: Number(key), count })),
        responses: scoreValues.length,
        average: avgScore === null ? null : round2(avgScore),
      },
      agentLoad: [...this.agents.values()].sort(byAgentLoad),
    };
  }
}

/** The agents with the most open complaints first, then by id. */
export const byAgentLoad = (a: { id: string; open: number }, b: { id: string; open: number }) => b.open - a.open || a.id.localeCompare(b.id);

/**
 * The team report of the complaints received in the range (`rows`), with `earlier` — those received before it whose
 * deadline may fall in it — for the 15/30/60-day shares: one function, so a chart, its table and the export cannot disagree.
 */
export function buildTeamReport(rows: readonly TeamReportRow[], scope: ReportScope, earlier: readonly DecisionTimeRow[] = []): TeamReport {
  const tally = new TeamReportTally(scope);
  for (const row of rows) tally.add(row);
  for (const row of earlier) tally.addEarlier(row);
  return tally.report();
}
