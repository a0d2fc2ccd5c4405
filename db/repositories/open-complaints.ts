import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';

/** Whole records, because deadlines need complexity and extension; an agent's open work is small. */
export function listOpenComplaintsAssignedTo(db: ReadableDB, assigneeId: string, limit = 2000): Complaint[] {
  const rows = statement(db, "SELECT record FROM complaints WHERE assignee_id = ? AND status = 'open' ORDER BY received_at LIMIT ?")
    .all(assigneeId, limit) as { record: string }[];
  return rows.map((row) => ComplaintSchema.parse(JSON.parse(row.record)));
}
