import type { ReviewRef } from '../../shared/domain/regulatory/review-link';
import type { ReadableDB } from '../handles';
import { statement } from '../statements';

/**
 * The 核查 reviews on this desk of complaint `originalId` (their records' reviewOf, by the expression index of
 * migration 27), oldest request first: the original's page lists them, and the review-request rule refuses a second.
 */
export function reviewsOnDesk(db: ReadableDB, originalId: string): ReviewRef[] {
  const rows = statement(
    db,
    `SELECT id, number, status, json_extract(record, '$.reviewOf.requestedAt') AS requested_at, json_extract(record, '$.reviewOf.late') AS late
       FROM complaints WHERE json_extract(record, '$.reviewOf.id') = ? ORDER BY requested_at, id`,
  ).all(originalId) as { id: string; number: string; status: string; requested_at: string; late: number }[];
  return rows.map((r) => ({ id: r.id, number: r.number, status: r.status, requestedAt: r.requested_at, late: r.late === 1 }));
}
