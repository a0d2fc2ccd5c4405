import { firstRowOf, rowsOf, type Queryable } from '../db/queryable';
import type { Possessor } from './attachment-possession';

/** A verified content on the server, stored once whoever uploaded it: its size, the bytes'. */
export interface StoredContent {
  size: number;
}

export async function findContent(db: Queryable, sha256: string): Promise<StoredContent | null> {
  const row = await firstRowOf<{ size: string }>(db, 'SELECT size FROM attachment_contents WHERE sha256 = $1', [sha256]);
  return row ? { size: Number(row.size) } : null;
}

/** Everyone whose own upload of the content was verified. */
export async function possessorsOf(db: Queryable, sha256: string): Promise<Possessor[]> {
  const rows = await rowsOf<{ user_id: string; employee_no: string }>(
    db,
    'SELECT u.id AS user_id, u.employee_no FROM attachment_content_uploaders x JOIN users u ON u.id = x.uploader_id WHERE x.sha256 = $1',
    [sha256],
  );
  return rows.map((r) => ({ userId: r.user_id, employeeNo: r.employee_no }));
}

/** The content's size if this person's own upload of it was verified, else null: what an attach naming it can be checked against. */
export async function uploadedSize(db: Queryable, sha256: string, userId: string): Promise<number | null> {
  const row = await firstRowOf<{ size: string }>(
    db,
    'SELECT c.size FROM attachment_content_uploaders x JOIN attachment_contents c ON c.sha256 = x.sha256 WHERE x.sha256 = $1 AND x.uploader_id = $2',
    [sha256, userId],
  );
  return row ? Number(row.size) : null;
}

/**
 * The uploader's staged bytes passed the check: they become the content if the server has none yet
 * (a concurrent first store waits on the key and then keeps the one copy), the uploader is recorded as
 * having it, and the staging goes.
 */
export async function storeVerified(tx: Queryable, sha256: string, uploaderId: string, size: number, at: Date): Promise<void> {
  const created = await rowsOf(tx, 'INSERT INTO attachment_contents (sha256, size, completed_at) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING RETURNING sha256', [sha256, size, at]);
  if (created.length === 1) {
    await tx.query(
      'INSERT INTO attachment_chunks (sha256, byte_offset, data) SELECT sha256, byte_offset, data FROM attachment_upload_chunks WHERE sha256 = $1 AND uploader_id = $2',
      [sha256, uploaderId],
    );
  }
  await tx.query('INSERT INTO attachment_content_uploaders (sha256, uploader_id, uploaded_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [sha256, uploaderId, at]);
  await tx.query('DELETE FROM attachment_uploads WHERE sha256 = $1 AND uploader_id = $2', [sha256, uploaderId]);
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
