import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';

const complaints = (rows: { record: string }[]): Complaint[] => rows.map((row) => ComplaintSchema.parse(JSON.parse(row.record)));

/** Every complaint from this number (a normalizePhone key), most recently received first. */
export function listComplaintsByPhoneKey(db: ReadableDB, phoneKey: string, limit = 50): Complaint[] {
  const rows = statement(db, 'SELECT record FROM complaints WHERE contact_phone_key = ? ORDER BY received_at DESC, number DESC LIMIT ?')
    .all(phoneKey, limit) as { record: string }[];
  return complaints(rows);
}

/** Open complaints from this number (a normalizePhone key). */
export function listOpenComplaintsByPhoneKey(db: ReadableDB, phoneKey: string, limit = 20): Complaint[] {
  const rows = statement(db, 
      `SELECT record FROM complaints WHERE contact_phone_key = ? AND status = 'open'
       ORDER BY received_at DESC, number DESC LIMIT ?`,
    )
    .all(phoneKey, limit) as { record: string }[];
  return complaints(rows);
}

/** Open complaints on this policy, ignoring letter case (agents type p2026-… and P2026-…). */
export function listOpenComplaintsByPolicy(db: ReadableDB, policyNumber: string, limit = 20): Complaint[] {
  const rows = statement(db, 
      `SELECT record FROM complaints WHERE policy_number = ? COLLATE NOCASE AND status = 'open'
       ORDER BY received_at DESC, number DESC LIMIT ?`,
    )
    .all(policyNumber, limit) as { record: string }[];
  return complaints(rows);
}
