import { firstRowOf, rowsOf, type Queryable } from '../db/queryable';

/** One person's upload of a content in progress: the size it is held to and the bytes received so far. */
export interface StagedUpload {
  size: number;
  received: number;
}

const toStaged = (row: { size: string; received: string }): StagedUpload => ({ size: Number(row.size), received: Number(row.received) });

export async function findUpload(db: Queryable, sha256: string, uploaderId: string): Promise<StagedUpload | null> {
  const row = await firstRowOf<{ size: string; received: string }>(db, 'SELECT size, received FROM attachment_uploads WHERE sha256 = $1 AND uploader_id = $2', [sha256, uploaderId]);
  return row ? toStaged(row) : null;
}

/** The uploader's staging row, created with `size` if new, touched and locked for the rest of the transaction: their chunks append one at a time. */
export async function lockUpload(tx: Queryable, sha256: string, uploaderId: string, size: number, at: Date): Promise<StagedUpload> {
  const row = await firstRowOf<{ size: string; received: string }>(
    tx,
    `INSERT INTO attachment_uploads (sha256, uploader_id, size, started_at, touched_at) VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (sha256, uploader_id) DO UPDATE SET touched_at = EXCLUDED.touched_at
     RETURNING size, received`,
    [sha256, uploaderId, size, at],
  );
  return toStaged(row!);
}

export async function appendUploadChunk(tx: Queryable, sha256: string, uploaderId: string, offset: number, data: Buffer): Promise<number> {
  await tx.query('INSERT INTO attachment_upload_chunks (sha256, uploader_id, byte_offset, data) VALUES ($1, $2, $3, $4)', [sha256, uploaderId, offset, data]);
  await tx.query('UPDATE attachment_uploads SET received = $3 WHERE sha256 = $1 AND uploader_id = $2', [sha256, uploaderId, offset + data.length]);
  return offset + data.length;
}

/** The uploader's staged bytes are thrown away (their chunks with them): a next upload starts from zero. */
export async function discardUpload(tx: Queryable, sha256: string, uploaderId: string): Promise<void> {
  await tx.query('DELETE FROM attachment_uploads WHERE sha256 = $1 AND uploader_id = $2', [sha256, uploaderId]);
}

/** The uploader's staged chunks in order, a few at a time, so hashing a large content never holds it whole. */
export async function* uploadChunksOf(db: Queryable, sha256: string, uploaderId: string, batch = 16): AsyncGenerator<Buffer> {
  let after = -1;
  for (;;) {
    const rows = await rowsOf<{ byte_offset: string; data: Buffer }>(
      db,
      'SELECT byte_offset, data FROM attachment_upload_chunks WHERE sha256 = $1 AND uploader_id = $2 AND byte_offset > $3 ORDER BY byte_offset LIMIT $4',
      [sha256, uploaderId, after, batch],
    );
    for (const row of rows) yield row.data;
    if (rows.length < batch) return;
    after = Number(rows.at(-1)!.byte_offset);
  }
}

/** Uploads nobody has added to since `before` (a desk gone for good): their bytes go. */
export async function pruneStaleUploads(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM attachment_uploads WHERE touched_at < $1', [before]);
}
