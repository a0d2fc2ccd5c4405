import type { Database } from 'better-sqlite3';

/**
 * 挂起 (clock stop, shared/domain/workflow/clock-stop.ts): the time of a complaint's ended suspensions, which
 * its stored due_at adds to receipt + allowed days, and when the open suspension began (null while the
 * clock runs), which the team queue's deadline filters read. Both are taken from the record when the row
 * is written (db/repositories/complaints.ts); complaints from before have no suspensions. A lead's reminder
 * may now also be for a suspension that waits for approval, and a handler's for a first contact that is
 * due (首次联系, shared/domain/workflow/first-contact.ts): SQLite cannot alter a CHECK, so reminder_marks
 * is rebuilt with its rows, as in 0015 and 0024.
 */
export default function migrateTo0025(db: Database): void {
  db.exec(`
    ALTER TABLE complaints ADD COLUMN suspended_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE complaints ADD COLUMN suspended_since TEXT;
    CREATE TABLE reminder_marks_next (
      complaint_id TEXT NOT NULL REFERENCES complaints (id),
      person_id TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('dueSoon', 'overdue', 'needsReview', 'escalation', 'suspensionApproval', 'firstContact')),
      shown_at TEXT NOT NULL,
      PRIMARY KEY (complaint_id, person_id, state)
    ) STRICT;
    INSERT INTO reminder_marks_next SELECT complaint_id, person_id, state, shown_at FROM reminder_marks;
    DROP TABLE reminder_marks;
    ALTER TABLE reminder_marks_next RENAME TO reminder_marks;
  `);
}
