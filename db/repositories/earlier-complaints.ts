import type { EarlierComplaint } from '../../shared/domain/regulatory/repeat-complaint';
import type { ReadableDB } from '../handles';
import { statement } from '../statements';

/**
 * The complaints on this desk about a policy (case-blind, by the policy index of migration 6) received in
 * [since, until] (UTC instants) by the same customer, for the repeat-complaint rule (shared/domain/regulatory/repeat-complaint.ts),
 * which compares the customer itself. Only the columns it needs are read, not the records. An empty policy number has none.
 */
export function earlierComplaintsOnDesk(
  db: ReadableDB,
  policyNumber: string,
  customer: { phoneKey: string; idNumber: string },
  since: string,
  until: string,
): EarlierComplaint[] {
  if (policyNumber.trim() === '' || (customer.phoneKey === '' && customer.idNumber.trim() === '')) return [];
  // Only the customer's own (by the stored phone key, or the identity number): the rule compares them again.
  const rows = statement(
    db,
    `SELECT id, number, received_utc, contact_phone, coalesce(json_extract(record, '$.intake.idNumber'), '') AS id_number, policy_number
       FROM complaints WHERE policy_number = ? COLLATE NOCASE AND received_utc >= ? AND received_utc <= ?
        AND (contact_phone_key = ? OR (? <> '' AND upper(trim(coalesce(json_extract(record, '$.intake.idNumber'), ''))) = ?))
       LIMIT 500`,
  ).all(policyNumber.trim(), since, until, customer.phoneKey, customer.idNumber.trim(), customer.idNumber.trim().toUpperCase()) as { id: string; number: string; received_utc: string; contact_phone: string; id_number: string; policy_number: string }[];
  return rows.map((r) => ({ id: r.id, number: r.number, receivedAt: r.received_utc, contactPhone: r.contact_phone, idNumber: r.id_number, policyNumber: r.policy_number }));
}
