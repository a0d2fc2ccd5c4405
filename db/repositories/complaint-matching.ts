import type { Database } from 'better-sqlite3';
import { statement } from '../statements';
import type { ComplaintSummary } from '../../shared/api/complaints';
import { ComplaintSchema } from '../../shared/domain/complaint';
import { toSummary } from './complaints';

const summaries = (rows: { record: string }[]): ComplaintSummary[] =>
  rows.map((row) => toSummary(ComplaintSchema.parse(JSON.parse(row.record))));

/** Every complaint from this number (a normalizePhone key), most recently received first. */
export function listComplaintsByPhoneKey(db: Database, phoneKey: string, limit = 50): ComplaintSummary[] {
  const rows = statement(db, 'SELECT record FROM complaints WHERE contact_phone_key = ? ORDER BY received_at DESC, number DESC LIMIT ?')
    .all(phoneKey, limit) as { record: string }[];
  return summaries(rows);
}

/** Open complaints from this number (a normalizePhone key). */
export function listOpenComplaintsByPhoneKey(db: Database, phoneKey: string, limit = 20): ComplaintSummary[] {
  const rows = statement(db, 
      `SELECT record FROM complaints WHERE contact_phone_key = ? AND status = 'open'
       ORDER BY received_at DESC, number DESC LIMIT ?`,
    )
    .all(phoneKey, limit) as { record: string }[];
  return summaries(rows);
}

/** Open complaints on this policy, ignoring letter case (agents type p2026-… and P2026-…). */
export function listOpenComplaintsByPolicy(db: Database, policyNumber: string, limit = 20): ComplaintSummary[] {
  const rows = statement(db, 
      `SELECT record FROM complaints WHERE policy_number = ? COLLATE NOCASE AND status = 'open'
       ORDER BY received_at DESC, number DESC LIMIT ?`,
    )
    .all(policyNumber, limit) as { record: string }[];
  return summaries(rows);
}
