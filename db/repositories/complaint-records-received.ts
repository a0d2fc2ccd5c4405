import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';
import type { ReadableDB } from '../handles';
import { statement } from '../statements';

/**
 * The whole records of the complaints received in [start, end) (UTC instants, by the received_utc index), with
 * the branch each is counted under: what the quarterly pack reads (the regulator's axes and the 回访 are in the record).
 */
export function complaintRecordsReceived(db: ReadableDB, start: string, end: string): { complaint: Complaint; branch: string | null }[] {
  const rows = statement(db, 'SELECT record, branch_name FROM complaints WHERE received_utc >= ? AND received_utc < ? ORDER BY received_utc, id').all(start, end) as {
    record: string;
    branch_name: string | null;
  }[];
  return rows.map((r) => ({ complaint: ComplaintSchema.parse(JSON.parse(r.record)), branch: r.branch_name }));
}
