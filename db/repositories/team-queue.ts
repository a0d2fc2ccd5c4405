import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';
import type { TeamQueueFilter, TeamQueueSort } from '../../shared/api/team';
import { RETURN_VISIT_MISSING_SQL } from './return-visits';

/** What the filter means in SQL, with the instants the caller worked out (deadline states are relative to now). */
export interface TeamQueueQuery {
  filter: Omit<TeamQueueFilter, 'receivedFrom' | 'receivedTo'>;
  receivedRange?: { start?: string; end?: string };
  /** now and now + the due-soon window, as UTC ISO instants (the stored due_at's format). */
  now: string;
  dueSoonUntil: string;
  /** Closed before this instant and not reached: a missing 回访 (returnVisitMissingBefore). */
  returnVisitMissingBefore: string;
  sortBy: TeamQueueSort;
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const SORT_COLUMN: Record<TeamQueueSort, string> = {
  dueAt: 'due_at',
  receivedAt: 'received_utc',
  number: 'number',
  stage: 'stage',
  assignee: 'assignee_id',
};

function whereClause(q: TeamQueueQuery): { sql: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  const eq = (column: string, value: string | undefined, name: string) => {
    if (value === undefined) return;
    clauses.push(`${column} = @${name}`);
    params[name] = value;
  };
  eq('complaint_type', q.filter.complaintType, 'type');
  eq('complaint_subtype', q.filter.complaintSubtype, 'subtype');
  eq('stage', q.filter.stage, 'stage');
  eq('assignee_id', q.filter.assigneeId, 'assignee');
  eq('channel', q.filter.channel, 'channel');
  if (q.filter.needsReview) clauses.push('needs_review = 1');
  if (q.filter.returnVisitMissing) {
    clauses.push(RETURN_VISIT_MISSING_SQL);
    params.returnVisitMissingBefore = q.returnVisitMissingBefore;
  }
  if (q.receivedRange?.start) {
    clauses.push('received_utc >= @receivedStart');
    params.receivedStart = q.receivedRange.start;
  }
  if (q.receivedRange?.end) {
    clauses.push('received_utc < @receivedEnd');
    params.receivedEnd = q.receivedRange.end;
  }
  switch (q.filter.deadlineState) {
    // A suspended complaint (挂起) is overdue only when it was already past due as the clock stopped (deadlineStatusAt).
    case 'overdue':
      // due_at < @now repeats what the second bound implies (a clock stops in the past) so the index range is used.
      clauses.push("status = 'open' AND due_at < @now AND due_at < coalesce(suspended_since, @now)");
      break;
    case 'dueSoon':
      clauses.push("status = 'open' AND suspended_since IS NULL AND due_at >= @now AND due_at <= @soon");
      break;
    case 'onTrack':
      clauses.push("status = 'open' AND suspended_since IS NULL AND due_at > @soon");
      break;
    case 'suspended':
      clauses.push("status = 'open' AND suspended_since IS NOT NULL AND due_at >= suspended_since");
      break;
    case 'done':
      clauses.push("status != 'open'");
      break;
    case undefined:
      break;
  }
  if (q.filter.deadlineState && q.filter.deadlineState !== 'done' && q.filter.deadlineState !== 'suspended') {
    params.now = q.now;
    params.soon = q.dueSoonUntil;
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** One page of the team queue and the total matching it; only the page's records are read and parsed. */
export function teamQueuePage(db: ReadableDB, q: TeamQueueQuery): { complaints: Complaint[]; needsReview: boolean[]; total: number } {
  const { sql: where, params } = whereClause(q);
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  // rowid breaks ties: every index carries it, so the first page is read straight off the index.
  const order = `${SORT_COLUMN[q.sortBy]} ${dir}, rowid ${dir}`;
  const rows = statement(db, `SELECT record, needs_review FROM complaints ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: q.limit,
    offset: q.offset,
  }) as { record: string; needs_review: number }[];
  const { n } = statement(db, `SELECT count(*) AS n FROM complaints ${where}`).get(params) as { n: number };
  return { complaints: rows.map((row) => ComplaintSchema.parse(JSON.parse(row.record))), needsReview: rows.map((row) => row.needs_review === 1), total: n };
}

/** The people complaints are assigned to (latest name on record) and how many open ones each holds. */
export function teamMembers(db: ReadableDB): { id: string; name: string; open: number }[] {
  return statement(
    db,
    `SELECT assignee_id AS id, max(json_extract(record, '$.assignee.name')) AS name,
            sum(status = 'open') AS open
       FROM complaints WHERE assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY assignee_id`,
  ).all() as { id: string; name: string; open: number }[];
}
