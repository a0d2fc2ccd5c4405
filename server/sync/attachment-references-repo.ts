import { rowsOf, type Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import type { ContentReference } from './attachment-possession';
import { visibleSql } from './visibility';

/**
 * The `attachment.added` events naming this content on complaints the caller may see (the pull's
 * visibility rule), oldest first: the size each claims and who added it (the literal kind matches the partial index of migration 8). None: the content is not the
 * caller's to know of (never added, or added only where they cannot see — both answer "not found").
 */
export async function visibleReferences(db: Queryable, caller: Actor, sha256: string): Promise<ContentReference[]> {
  const visible = visibleSql(caller, 2);
  const rows = await rowsOf<{ size: string | null; adder_no: string | null }>(
    db,
    `SELECT e.document->'data'->>'size' AS size, e.document->'actor'->>'id' AS adder_no
     FROM sync_events e JOIN sync_complaints c ON c.id = e.complaint_id
     WHERE e.document->>'kind' = 'attachment.added' AND e.document->'data'->>'sha256' = $1 AND ${visible.sql}
     ORDER BY e.seq`,
    [sha256, ...visible.params],
  );
  return rows.flatMap((row) => {
    const size = Number(row.size);
    return row.size !== null && row.adder_no !== null && Number.isSafeInteger(size) && size >= 0 ? [{ size, adderNo: row.adder_no }] : [];
  });
}
