import type { EarlierComplaint } from '../../shared/domain/regulatory/repeat-complaint';
import { IntakeRecord } from '../../shared/domain/intake';
import type { ReadableDB } from '../handles';
import { statement } from '../statements';

/**
 * The complaints on this desk about a policy (case-blind, by the policy index of migration 6), for the
 * repeat-complaint rule (shared/domain/regulatory/repeat-complaint.ts), which compares the customer and the
 * window itself. An empty policy number has none.
 */
export function earlierComplaintsOnDesk(db: ReadableDB, policyNumber: string): EarlierComplaint[] {
  if (policyNumber.trim() === '') return [];
  const rows = statement(db, 'SELECT id, number, received_at, record FROM complaints WHERE policy_number = ? COLLATE NOCASE LIMIT 500').all(policyNumber.trim()) as {
    id: string;
    number: string;
    received_at: string;
    record: string;
  }[];
  return rows.map((row) => {
    const intake = IntakeRecord.safeParse((JSON.parse(row.record) as { intake?: unknown }).intake);
    return {
      id: row.id,
      number: row.number,
      receivedAt: row.received_at,
      contactPhone: intake.success ? intake.data.contactPhone : '',
      idNumber: intake.success ? (intake.data.idNumber ?? '') : '',
      policyNumber: intake.success ? intake.data.policyNumber : policyNumber,
    };
  });
}
