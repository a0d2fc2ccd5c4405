import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';

/** A content waiting to reach the server; `sent` is the server's offset as last seen (for progress). */
export interface QueuedUpload {
  sha256: string;
  size: number;
  sent: number;
}

/** Queues a content for upload; the same content queued twice (attached twice) is one upload. */
export function queueUpload(db: WritableDB, upload: { sha256: string; size: number; queuedAt: string }): void {
  statement(db, 'INSERT OR IGNORE INTO attachment_uploads (sha256, size, queued_at) VALUES (@sha256, @size, @queuedAt)').run(upload);
}

/** Oldest first. */
export function queuedUploads(db: ReadableDB): QueuedUpload[] {
  return statement(db, 'SELECT sha256, size, sent FROM attachment_uploads ORDER BY queued_at, rowid').all() as QueuedUpload[];
}

export function queuedUpload(db: ReadableDB, sha256: string): QueuedUpload | null {
  return (statement(db, 'SELECT sha256, size, sent FROM attachment_uploads WHERE sha256 = ?').get(sha256) as QueuedUpload | undefined) ?? null;
}

export function markSent(db: WritableDB, sha256: string, sent: number, error: string | null = null): void {
  statement(db, 'UPDATE attachment_uploads SET sent = ?, last_error = ? WHERE sha256 = ?').run(sent, error, sha256);
}

/** The server has the content (checked by hash), or the desk no longer does: the row leaves. */
export function dropUpload(db: WritableDB, sha256: string): void {
  statement(db, 'DELETE FROM attachment_uploads WHERE sha256 = ?').run(sha256);
}

/**
 * Whether this person added an attachment with this content on this desk. The server lets a content be
 * read through an attachment only when its adder uploaded the bytes, so each person sends their own.
 */
export function addedOnThisDesk(db: ReadableDB, sha256: string, personId: string): boolean {
  return statement(db, "SELECT 1 FROM attachments WHERE sha256 = ? AND lower(json_extract(added_by, '$.id')) = lower(?) LIMIT 1").get(sha256, personId) !== undefined;
}
