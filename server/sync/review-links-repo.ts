import type { ReviewRef } from '../../shared/domain/regulatory/review-link';
import { rowsOf, type Queryable } from '../db/queryable';

/**
 * Every review complaint the organisation holds of complaint `originalId` (by the expression index of server
 * migration 21), whoever took it: the server's fact for the rule that one decision is reviewed once, so a desk
 * that sees only its own complaints cannot hide an earlier review. Deleted ones do not count.
 */
export async function reviewsOnServer(db: Queryable, originalId: string): Promise<ReviewRef[]> {
  const rows = await rowsOf<{ id: string; number: string; status: string; requested_at: string; late: boolean }>(
    db,
    `SELECT id, document->>'number' AS number, document->>'status' AS status, document->'reviewOf'->>'requestedAt' AS requested_at,
            (document->'reviewOf'->>'late')::boolean AS late
       FROM sync_complaints WHERE document->'reviewOf'->>'id' = $1 AND NOT deleted ORDER BY requested_at, id`,
    [originalId],
  );
  return rows.map((r) => ({ id: r.id, number: r.number, status: r.status, requestedAt: r.requested_at, late: r.late }));
}
