import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';

/** The most recently received complaints, newest first (by the received_utc index): what "similar complaints" looks through. */
export function listRecentComplaints(db: ReadableDB, limit = 500): Complaint[] {
  const rows = statement(db, 'SELECT record FROM complaints ORDER BY received_utc DESC LIMIT ?').all(limit) as { record: string }[];
  return rows.map((row) => ComplaintSchema.parse(JSON.parse(row.record)));
}
