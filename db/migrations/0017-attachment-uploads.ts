import type { Database } from 'better-sqlite3';

/**
 * Attachment contents waiting to reach the server: one row per content this desk holds and the server
 * may not (written with the attachment, in its transaction). The row leaves once the server has checked
 * the content by hash; `sent` is only for the progress shown, the server's offset is what resumes.
 */
export default function migrateTo0017(db: Database): void {
  db.exec(`
    CREATE TABLE attachment_uploads (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      size INTEGER NOT NULL CHECK (size >= 0),
      queued_at TEXT NOT NULL,
      sent INTEGER NOT NULL DEFAULT 0 CHECK (sent >= 0),
      last_error TEXT
    ) STRICT;
  `);
}
