import type { EarlierComplaint } from '../../shared/domain/regulatory/repeat-complaint';
import type { Queryable } from '../db/queryable';

/**
 * Every complaint the organisation holds about a policy (case-blind, by the expression index of server
 * migration 18), whoever took it: the server's facts for the repeat-complaint rule, so a desk that sees
 * only its own complaints cannot hide (or invent) a repeat. Deleted ones do not count; only those received within the window are read, the most recent first (a policy
 * with more than the limit in one window — a group policy — is checked against its latest).
 */
export async function earlierComplaintsOnServer(db: Queryable, policyNumber: string, window: { since: string; until: string }): Promise<EarlierComplaint[]> {
  if (policyNumber.trim() === '') return [];
  const { rows } = await db.query<{ id: string; number: string; received_at: string; phone: string | null; id_number: string | null; policy: string }>(
    `SELECT id, document->>'number' AS number, document->>'receivedAt' AS received_at, document->'intake'->>'contactPhone' AS phone,
            document->'intake'->>'idNumber' AS id_number, document->'intake'->>'policyNumber' AS policy
       FROM sync_complaints
      WHERE upper(document->'intake'->>'policyNumber') = upper($1) AND NOT deleted AND received_at >= $2 AND received_at <= $3
      ORDER BY received_at DESC
      LIMIT 500`,
    [policyNumber.trim(), window.since, window.until],
  );
  return rows.map((r) => ({ id: r.id, number: r.number, receivedAt: r.received_at, contactPhone: r.phone ?? '', idNumber: r.id_number ?? '', policyNumber: r.policy }));
}
