import { firstRowOf, rowsOf, type Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import { visibleSql } from './visibility';

/** A content on the server: its size (from the attachment's metadata), the bytes held, and whether it passed the hash check. */
export interface StoredContent {
  size: number;
  received: number;
  complete: boolean;
}

/**
 * The size an `attachment.added` event gives this content, on a complaint the caller sees; null when
 * there is none (never added, or not the caller's to see — both answer "not found").
 */
export async function visibleAttachmentSize(db: Queryable, caller: Actor, sha256: string): Promise<number | null> {
  const visible = visibleSql(caller, 2);
  const row = await firstRowOf<{ size: string | null }>(
    db,
    `SELECT e.document->'data'->>'size' AS size FROM sync_events e JOIN sync_complaints c ON c.id = e.complaint_id
     WHERE e.document->>'kind' = 'attachment.added' AND e.document->'data'->>'sha256' = $1 AND ${visible.sql}
     ORDER BY e.seq LIMIT 1`,
    [sha256, ...visible.params],
  );
  const size = Number(row?.size);
  return row && Number.isSafeInteger(size) && size >= 0 ? size : null;
}

const toStored = (row: { size: string; received: string; complete: boolean }): StoredContent => ({
  size: Number(row.size),
  received: Number(row.received),
  complete: row.complete,
});

export async function findContent(db: Queryable, sha256: string): Promise<StoredContent | null> {
  const row = await firstRowOf<{ size: string; received: string; complete: boolean }>(db, 'SELECT size, received, complete FROM attachment_contents WHERE sha256 = $1', [sha256]);
  return row ? toStored(row) : null;
}

/** The content's row, created if new and locked for the rest of the transaction: chunks of one content append one at a time. */
export async function lockContent(tx: Queryable, sha256: string, size: number, at: Date): Promise<StoredContent> {
  await tx.query('INSERT INTO attachment_contents (sha256, size, started_at) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [sha256, size, at]);
  const row = await firstRowOf<{ size: string; received: string; complete: boolean }>(tx, 'SELECT size, received, complete FROM attachment_contents WHERE sha256 = $1 FOR UPDATE', [sha256]);
  return toStored(row!);
}

export async function appendChunk(tx: Queryable, sha256: string, offset: number, data: Buffer): Promise<number> {
  await tx.query('INSERT INTO attachment_chunks (sha256, byte_offset, data) VALUES ($1, $2, $3)', [sha256, offset, data]);
  await tx.query('UPDATE attachment_contents SET received = $2 WHERE sha256 = $1', [sha256, offset + data.length]);
  return offset + data.length;
}

export async function markComplete(tx: Queryable, sha256: string, at: Date): Promise<void> {
  await tx.query('UPDATE attachment_contents SET complete = true, completed_at = $2 WHERE sha256 = $1', [sha256, at]);
}

/** Throws the chunks away and starts the upload again from zero. */
export async function discardChunks(tx: Queryable, sha256: string): Promise<void> {
  await tx.query('DELETE FROM attachment_chunks WHERE sha256 = $1', [sha256]);
  await tx.query('UPDATE attachment_contents SET received = 0 WHERE sha256 = $1', [sha256]);
}

/** The stored chunks in order, a few at a time, so hashing a large content never holds it whole. */
export async function* chunksOf(db: Queryable, sha256: string, batch = 16): AsyncGenerator<Buffer> {
  let after = -1;
  for (;;) {
    const rows = await rowsOf<{ byte_offset: string; data: Buffer }>(
      db,
      'SELECT byte_offset, data FROM attachment_chunks WHERE sha256 = $1 AND byte_offset > $2 ORDER BY byte_offset LIMIT $3',
      [sha256, after, batch],
    );
    for (const row of rows) yield row.data;
    if (rows.length < batch) return;
    after = Number(rows.at(-1)!.byte_offset);
  }
}

/** The stored chunk that holds byte `offset`, and where it starts. */
export async function chunkAt(db: Queryable, sha256: string, offset: number): Promise<{ start: number; data: Buffer } | null> {
  const row = await firstRowOf<{ byte_offset: string; data: Buffer }>(
    db,
    'SELECT byte_offset, data FROM attachment_chunks WHERE sha256 = $1 AND byte_offset <= $2 ORDER BY byte_offset DESC LIMIT 1',
    [sha256, offset],
  );
  return row ? { start: Number(row.byte_offset), data: row.data } : null;
}
