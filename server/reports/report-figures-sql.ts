import { DAY_MS } from '../../shared/domain/reports/report-row';
import { DUE_LOOKBACK_DAYS } from '../../shared/domain/reports/quarterly/timeliness';
import { DECISION_WINDOWS } from '../../shared/domain/reports/team-report';
import { dayRangeToInstants, TEAM_TIME_ZONE } from '../../shared/domain/reports/team-time';
import { allowedDays, DUE_SOON_DAYS, type DeadlineSettings } from '../../shared/domain/workflow/deadlines';
import type pg from 'pg';

/** Which complaints a figure counts: those received in the days (team time zone), of one branch or team, or all. */
export interface FigureScope {
  from: string;
  to: string;
  now: Date;
  branchId?: string;
  teamId?: string;
}

/** A count per key, with the receipt rank of the first complaint that had it (the order a Tally meets new keys in). */
export type Group = { key: string | null; count: number; first: number };

/** What PostgreSQL answers for a scope: counts only, never a complaint (server/reports/report-figures.ts assembles them). */
export interface FigureCounts {
  received: number;
  closed: number;
  withdrawn: number;
  open: number;
  overdue: number;
  dueSoon: number;
  endedLate: number;
  missedDeadline: number;
  referred: number;
  decided: number;
  /** The 15/30/60-day figures' base (DecidedWithinTally): deadlines falling in the range, of complaints received in it or up to DUE_LOOKBACK_DAYS before. */
  dueInRange: number;
  decidedWithin: number[];
  averageDecisionMs: number | null;
  p90DecisionMs: number | null;
  satisfactionResponses: number;
  satisfactionAverage: number | null;
  byDay: Group[];
  byType: Group[];
  bySubtype: Array<Group & { type: string }>;
  byChannel: Group[];
  byBranch: Group[];
  openByStage: Group[];
  bySatisfaction: Group[];
  agents: Array<{ id: string; name: string | null; open: number; overdue: number }>;
}

/**
 * The due time of a row, as `storedDueAt` computes it: receipt + the days its complexity allows under the
 * settings in force ($3 standard, $4 complex, $5 especially complex, from `allowedDays`) + its ended suspensions.
 */
const DUE = `(c.received_at + (CASE c.complexity WHEN 'complex' THEN $4::int WHEN 'especiallyComplex' THEN $5::int ELSE $3::int END) * interval '24 hours'
  + c.suspended_ms * interval '1 millisecond')`;

const SCOPE = `NOT c.deleted AND c.received_at >= $1 AND c.received_at < $2
  AND ($9::uuid IS NULL OR c.branch_id = $9::uuid) AND ($10::uuid IS NULL OR c.team_id = $10::uuid)`;

/**
 * Overdue as isOverdueNow says: open and past due as of now, or, while its clock stands, as of when it stopped.
 * Due soon as deadlineStateAt says, for an open complaint whose clock runs.
 */
const OVERDUE = `(c.status = 'open' AND ${DUE} < COALESCE(c.suspended_since, $6::timestamptz))`;
const ENDED_LATE = `(c.status <> 'open' AND c.ended_at IS NOT NULL AND c.ended_at > ${DUE})`;
const DECISION_MS = `(CASE WHEN c.status = 'closed' AND c.ended_at IS NOT NULL THEN extract(epoch FROM c.ended_at - c.received_at) * 1000 END)`;

/*
 * Four statements in one snapshot, each an index-only scan of sync_complaints_received over the range (the
 * report columns are in that index; server migration 14), except the agents', which reads the open ones' documents
 * for their assignee, and the 15/30/60-day windows', whose range starts DUE_LOOKBACK_DAYS earlier. Parameters: $1
 * start, $2 end, $3–$5 the allowed days, $6 now, $7 due-soon ms, $8 time zone, $9 branch, $10 team, $11 referral
 * channel, $12 the windows' earliest receipt.
 */
/** Names every parameter's type, so a statement that uses some of them still prepares (an unreferenced CTE is never run). $12: DUE_LOOKBACK_DAYS before $1. */
const PARAMS = `params AS (SELECT $1::timestamptz, $2::timestamptz, $3::int, $4::int, $5::int, $6::timestamptz, $7::bigint, $8::text, $9::uuid, $10::uuid, $11::text, $12::timestamptz)`;

const TOTALS_SQL = `WITH ${PARAMS}
SELECT json_build_object(
  'received', count(*),
  'closed', count(*) FILTER (WHERE c.status = 'closed'),
  'withdrawn', count(*) FILTER (WHERE c.status = 'withdrawn'),
  'open', count(*) FILTER (WHERE c.status = 'open'),
  'overdue', count(*) FILTER (WHERE ${OVERDUE}),
  'dueSoon', count(*) FILTER (WHERE c.status = 'open' AND c.suspended_since IS NULL AND ${DUE} >= $6::timestamptz AND ${DUE} - $6::timestamptz <= $7::bigint * interval '1 millisecond'),
  'endedLate', count(*) FILTER (WHERE ${ENDED_LATE}),
  'missedDeadline', count(*) FILTER (WHERE ${OVERDUE} OR ${ENDED_LATE}),
  'referred', count(*) FILTER (WHERE c.channel = $11::text),
  'decided', count(${DECISION_MS}),
  'averageDecisionMs', avg(${DECISION_MS}),
  'p90DecisionMs', percentile_disc(0.9) WITHIN GROUP (ORDER BY ${DECISION_MS}),
  'satisfactionResponses', count(c.satisfaction),
  'satisfactionAverage', avg(c.satisfaction)
) AS figures FROM sync_complaints c WHERE ${SCOPE}`;

/**
 * The 15/30/60-day figures as DecidedWithinTally counts them (shared/domain/reports/quarterly/timeliness.ts): of the
 * complaints whose deadline falls in the range (isDueIn: not withdrawn, not suspended now) — received in it or up to
 * DUE_LOOKBACK_DAYS before — how many, and how many were decided (closed) within each window of receipt, the ended
 * suspensions not counted.
 */
const TAKEN_MS = `(extract(epoch FROM c.ended_at - c.received_at) * 1000 - c.suspended_ms)`;
const WINDOWS_SQL = `WITH ${PARAMS}
SELECT count(*) AS due,
  json_build_array(${DECISION_WINDOWS.map((d) => `count(*) FILTER (WHERE c.status = 'closed' AND c.ended_at IS NOT NULL AND ${TAKEN_MS} <= ${d * DAY_MS})`).join(', ')}) AS within
FROM sync_complaints c
WHERE NOT c.deleted AND c.received_at >= $12::timestamptz AND c.received_at < $2::timestamptz
  AND ($9::uuid IS NULL OR c.branch_id = $9::uuid) AND ($10::uuid IS NULL OR c.team_id = $10::uuid)
  AND c.status <> 'withdrawn' AND c.suspended_since IS NULL AND ${DUE} >= $1::timestamptz AND ${DUE} < $2::timestamptz`;

/** The grouping sets' masks (GROUPING(day, type, subtype, channel, branch, stage, satisfaction): a bit set is a column not grouped). */
const SETS = { day: 63, type: 95, subtype: 79, channel: 119, branch: 123, stage: 125, satisfaction: 126 } as const;

/** Every per-key count in one pass, in order of receipt (the index's order), with the receipt rank of each key's first complaint. */
const GROUPS_SQL = `
WITH ${PARAMS}, r AS (
  SELECT row_number() OVER (ORDER BY c.received_at, c.id COLLATE "C") AS seq,
    to_char(c.received_at AT TIME ZONE $8::text, 'YYYY-MM-DD') AS day, c.complaint_type, c.complaint_subtype, c.channel, c.branch_id,
    CASE WHEN c.status = 'open' THEN c.stage END AS open_stage, c.satisfaction::text AS satisfaction
  FROM sync_complaints c WHERE ${SCOPE}
)
SELECT GROUPING(day, complaint_type, complaint_subtype, channel, branch_id, open_stage, satisfaction) AS set,
  COALESCE(day, complaint_subtype, complaint_type, channel, (SELECT name FROM branches b WHERE b.id = branch_id), open_stage, satisfaction) AS key,
  complaint_type AS type, branch_id, count(*) AS count, min(seq) AS first
FROM r
GROUP BY GROUPING SETS ((day), (complaint_type), (complaint_type, complaint_subtype), (channel), (branch_id), (open_stage), (satisfaction))`;

/** The open complaints' assignees (from their documents), with their first complaint's name, open and overdue counts. */
const AGENTS_SQL = `WITH ${PARAMS}
SELECT a.id, (array_agg(a.name ORDER BY a.received_at, a.cid COLLATE "C"))[1] AS name, count(*) AS open, count(*) FILTER (WHERE a.overdue) AS overdue
FROM (
  SELECT c.document->'assignee'->>'id' AS id, c.document->'assignee'->>'name' AS name, c.received_at, c.id AS cid, ${OVERDUE} AS overdue
  FROM sync_complaints c WHERE ${SCOPE} AND c.status = 'open'
) a WHERE a.id IS NOT NULL GROUP BY a.id`;

type Raw = Pick<FigureCounts, 'received' | 'closed' | 'withdrawn' | 'open' | 'overdue' | 'dueSoon' | 'endedLate' | 'missedDeadline' | 'referred' | 'decided' | 'satisfactionResponses'> & {
  averageDecisionMs: number | string | null;
  p90DecisionMs: number | string | null;
  satisfactionAverage: number | string | null;
};
type GroupRow = { set: number; key: string | null; type: string | null; branch_id: string | null; count: string; first: string };

const numberOrNull = (value: number | string | null) => (value === null ? null : Number(value));

/** The counts of a scope, from PostgreSQL, read in one snapshot. */
export async function figureCounts(pool: pg.Pool, scope: FigureScope, deadlines: DeadlineSettings, referralChannel: string): Promise<FigureCounts> {
  const { start, end } = dayRangeToInstants(scope.from, scope.to);
  const params = [
    start,
    end,
    allowedDays({ complexity: 'standard' }, deadlines),
    allowedDays({ complexity: 'complex' }, deadlines),
    allowedDays({ complexity: 'especiallyComplex' }, deadlines),
    scope.now.toISOString(),
    DUE_SOON_DAYS * DAY_MS,
    TEAM_TIME_ZONE,
    scope.branchId ?? null,
    scope.teamId ?? null,
    referralChannel,
    new Date(Date.parse(start) - DUE_LOOKBACK_DAYS * DAY_MS).toISOString(),
  ];
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const totals = (await client.query<{ figures: Raw }>(TOTALS_SQL, params)).rows[0]!.figures;
    const grouped = (await client.query<GroupRow>(GROUPS_SQL, params)).rows;
    const agents = (await client.query<{ id: string; name: string | null; open: string; overdue: string }>(AGENTS_SQL, params)).rows;
    const windows = (await client.query<{ due: string; within: Array<number | string> }>(WINDOWS_SQL, params)).rows[0]!;
    await client.query('COMMIT');
    const groups = (set: number): Group[] =>
      grouped.filter((g) => g.set === set).map((g) => ({ key: g.key, count: Number(g.count), first: Number(g.first) }));
    return {
      ...totals,
      dueInRange: Number(windows.due),
      decidedWithin: windows.within.map(Number),
      averageDecisionMs: numberOrNull(totals.averageDecisionMs),
      p90DecisionMs: numberOrNull(totals.p90DecisionMs),
      satisfactionAverage: numberOrNull(totals.satisfactionAverage),
      byDay: groups(SETS.day),
      byType: groups(SETS.type),
      bySubtype: grouped
        .filter((g) => g.set === SETS.subtype)
        .map((g) => ({ type: g.type!, key: g.key, count: Number(g.count), first: Number(g.first) })),
      byChannel: groups(SETS.channel),
      // A branch that no longer exists, or none: the unknown branch (未知分公司), as the desk counts it.
      byBranch: mergeByKey(groups(SETS.branch)),
      openByStage: groups(SETS.stage).filter((g) => g.key !== null),
      bySatisfaction: groups(SETS.satisfaction).filter((g) => g.key !== null),
      agents: agents.map((a) => ({ id: a.id, name: a.name, open: Number(a.open), overdue: Number(a.overdue) })),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Groups of one key merged (two branch ids without a name both count as the unknown branch). */
function mergeByKey(groups: Group[]): Group[] {
  const merged = new Map<string | null, Group>();
  for (const g of groups) {
    const seen = merged.get(g.key);
    merged.set(g.key, seen ? { key: g.key, count: seen.count + g.count, first: Math.min(seen.first, g.first) } : g);
  }
  return [...merged.values()];
}
