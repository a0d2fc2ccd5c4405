import type { EarlierComplaint } from '../../shared/domain/regulatory/repeat-complaint';
import type { Queryable } from '../db/queryable';

/** The most a policy's earlier complaints in one window are read: a group policy with more is checked against its latest. */
const PER_POLICY = 500;

/** A policy number as the rule compares it (case-blind, trimmed). */
export const policyMatchKey = (policyNumber: string): string => policyNumber.trim().toUpperCase();

/**
 * Every complaint the organisation holds about the policies named (case-blind, by the expression index of server
 * migration 18), whoever took it: the server's facts for the repeat-complaint rule, so a desk that sees only its own
 * complaints cannot hide (or invent) a repeat. Deleted ones do not count; only those received within the window
 * are read, for each policy its most recent `PER_POLICY` — all policies in one query.
 */
export async function earlierComplaintsOfPolicies(db: Queryable, policyNumbers: readonly string[], window: { since: string; until: string }): Promise<EarlierComplaint[]> {
  const keys = [...new Set(policyNumbers.map(policyMatchKey).filter((k) => k !== ''))];
  if (keys.length === 0) return [];
  const { rows } = await db.query<{ id: string; number: string; received_at: string; phone: string | null; id_number: string | null; policy: string }>(
    `SELECT id, number, received_at, phone, id_number, policy FROM (
       SELECT id, document->>'number' AS number, document->>'receivedAt' AS received_at, document->'intake'->>'contactPhone' AS phone,
              document->'intake'->>'idNumber' AS id_number, document->'intake'->>'policyNumber' AS policy,
              row_number() OVER (PARTITION BY upper(document->'intake'->>'policyNumber') ORDER BY received_at DESC) AS latest
         FROM sync_complaints
        WHERE upper(document->'intake'->>'policyNumber') = ANY($1) AND NOT deleted AND received_at >= $2 AND received_at <= $3
     ) AS earlier WHERE latest <= ${PER_POLICY}`,
    [keys, window.since, window.until],
  );
  return rows.map((r) => ({ id: r.id, number: r.number, receivedAt: r.received_at, contactPhone: r.phone ?? '', idNumber: r.id_number ?? '', policyNumber: r.policy }));
}
