import type { Database } from 'better-sqlite3';

/**
 * Attachments (metadata; the content is an encrypted file named by its SHA-256 in the data directory),
 * the reminders already shown (one per complaint, person and deadline state), and the PBX recording
 * reference of a call (its own table: the calls table keeps the softphone's facts only). An attachment row is never deleted by a person: removing one sets removed_at.
 */
export default function migrateTo0012(db: Database): void {
  db.exec(`
    CREATE TABLE attachments (
      id TEXT PRIMARY KEY,
      complaint_id TEXT NOT NULL REFERENCES complaints (id),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      name TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size >= 0),
      media_type TEXT NOT NULL,
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL CHECK (json_valid(added_by)),
      removed_at TEXT,
      removed_by TEXT CHECK (removed_by IS NULL OR json_valid(removed_by))
    ) STRICT;
    CREATE INDEX attachments_complaint ON attachments (complaint_id, added_at);
    CREATE INDEX attachments_sha256 ON attachments (sha256);
    CREATE TABLE reminder_marks (
      complaint_id TEXT NOT NULL REFERENCES complaints (id),
      person_id TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('dueSoon', 'overdue')),
      shown_at TEXT NOT NULL,
      PRIMARY KEY (complaint_id, person_id, state)
    ) STRICT;
    CREATE TABLE call_recordings (
      call_id TEXT PRIMARY KEY REFERENCES calls (id),
      recording_ref TEXT NOT NULL
    ) STRICT;
  `);
}
