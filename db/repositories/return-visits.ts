import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';

/**
 * 回访 still to make (return_visit_pending_since, migration 0026): the closed complaints whose complainant was
 * not reached yet. Whole records, because the due time and the attempts are read from them.
 */
export function listPendingReturnVisitsAssignedTo(db: ReadableDB, assigneeId: string, limit = 500): Complaint[] {
  const rows = statement(
    db,
    'SELECT record FROM complaints WHERE assignee_id = ? AND return_visit_pending_since IS NOT NULL ORDER BY return_visit_pending_since LIMIT ?',
  ).all(assigneeId, limit) as { record: string }[];
  return rows.map((row) => ComplaintSchema.parse(JSON.parse(row.record)));
}

/** The SQL condition of a missing 回访: pending and closed before `@returnVisitMissingBefore` (returnVisitMissingBefore). */
export const RETURN_VISIT_MISSING_SQL = 'return_visit_pending_since IS NOT NULL AND return_visit_pending_since < @returnVisitMissingBefore';

/** How many complaints on the desk have a missing 回访. */
export function countMissingReturnVisits(db: ReadableDB, missingBefore: string): number {
  const row = statement(db, `SELECT count(*) AS n FROM complaints WHERE ${RETURN_VISIT_MISSING_SQL}`).get({ returnVisitMissingBefore: missingBefore }) as { n: number };
  return row.n;
}
