import { z } from 'zod';
import { CHANNELS } from '../channels';
import { COMPLAINT_TYPE_CODES, COMPLAINT_TYPES } from '../complaint-types';
import { STAGES } from '../stages';
import { deadlineStateAt } from '../workflow/deadlines';
import { average, countBy, percentile, round2, share } from './counting';
import { daysToDecision, isOverdueNow, missedDeadline, type ReportRow } from './report-row';
import { daysBetween, localDay, TEAM_TIME_ZONE } from './team-time';

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

/** Complaints received per type, in the taxonomy's order, and per subtype under its type. */
export function typeCounts(rows: readonly ReportRow[]): Pick<TeamReport, 'byType' | 'bySubtype'> {
  return {
    byType: countBy(rows, (r) => r.complaintType, COMPLAINT_TYPE_CODES).map(({ key, count }) => ({ type: key, count })),
    bySubtype: COMPLAINT_TYPE_CODES.flatMap((type) =>
      countBy<ReportRow, string>(rows.filter((r) => r.complaintType === type), (r) => r.complaintSubtype, COMPLAINT_TYPES[type]).map(({ key, count }) => ({ type, subtype: key, count })),
    ),
  };
}

export const channelCounts = (rows: readonly ReportRow[]) =>
  countBy(rows, (r) => r.channel, CHANNELS).map(({ key, count }) => ({ channel: key, count }));

/** Of the complaints received, the share decided (closed) within 15, 30 and 60 days of receipt. */
export function decidedWithin(rows: readonly ReportRow[]): TeamReport['decidedWithin'] {
  const days = rows.map(daysToDecision).filter((d): d is number => d !== null);
  return DECISION_WINDOWS.map((window) => {
    const n = days.filter((d) => d <= window).length;
    return { days: window, count: n, share: share(n, rows.length) };
  });
}

/**
 * Every number the dashboard and the daily log's summary show, from the complaints received in the
 * range: one function, so a chart, its table and the export cannot disagree.
 */
export function buildTeamReport(rows: readonly ReportRow[], scope: ReportScope): TeamReport {
  const { now } = scope;
  const timeZone = scope.timeZone ?? TEAM_TIME_ZONE;
  const open = rows.filter((r) => r.status === 'open');
  const decisionDays = rows.map(daysToDecision).filter((d): d is number => d !== null);
  const scores = rows.map((r) => r.satisfaction).filter((s): s is number => s !== null);
  const perDay = countBy(rows, (r) => localDay(r.receivedAt, timeZone), daysBetween(scope.from, scope.to));
  const agents = new Map<string, { id: string; name: string; open: number; overdue: number }>();
  for (const r of open) {
    if (!r.assigneeId) continue;
    const agent = agents.get(r.assigneeId) ?? { id: r.assigneeId, name: r.assigneeName ?? r.assigneeId, open: 0, overdue: 0 };
    agent.open += 1;
    if (isOverdueNow(r, now)) agent.overdue += 1;
    agents.set(r.assigneeId, agent);
  }
  const avg = average(decisionDays);
  const p90 = percentile(decisionDays, 90);
  const avgScore = average(scores);
  return {
    from: scope.from,
    to: scope.to,
    asOf: now.toISOString(),
    received: rows.length,
    closed: rows.filter((r) => r.status === 'closed').length,
    withdrawn: rows.filter((r) => r.status === 'withdrawn').length,
    open: open.length,
    overdue: open.filter((r) => isOverdueNow(r, now)).length,
    dueSoon: open.filter((r) => deadlineStateAt(new Date(r.dueAt), now) === 'dueSoon').length,
    endedLate: rows.filter((r) => r.status !== 'open' && missedDeadline(r, now)).length,
    receivedPerDay: perDay.map(({ key, count }) => ({ day: key, count })),
    ...typeCounts(rows),
    byStage: countBy(open, (r) => r.stage, STAGES).map(({ key, count }) => ({ stage: key, count })),
    byChannel: channelCounts(rows),
    decidedWithin: decidedWithin(rows),
    timeToDecision: { decided: decisionDays.length, averageDays: avg === null ? null : round2(avg), p90Days: p90 === null ? null : round2(p90) },
    satisfaction: {
      distribution: countBy(scores, (s) => String(s), SATISFACTION_SCORES.map(String)).map(({ key, count }) => ({ score: Number(key), count })),
      responses: scores.length,
      average: avgScore === null ? null : round2(avgScore),
    },
    agentLoad: [...agents.values()].sort((a, b) => b.open - a.open || a.id.localeCompare(b.id)),
  };
}
