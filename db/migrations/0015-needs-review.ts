import type { Database } from 'better-sqlite3';

/**
 * Needs review, on the desk: the team queue's filter and a lead's reminders read the few flagged
 * complaints off a partial index; a shown reminder may now also be for the needsReview state (SQLite
 * cannot alter a CHECK, so reminder_marks is rebuilt with its rows).
 */
export default function migrateTo0015(db: Database): void {
  db.exec(`
    CREATE INDEX complaints_needs_review ON complaints (needs_review) WHERE needs_review = 1;
    CREATE TABLE reminder_marks_next (
      complaint_id TEXT NOT NULL REFERENCES complaints (id),
      person_id TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('dueSoon', 'overdue', 'needsReview')),
      shown_at TEXT NOT NULL,
      PRIMARY KEY (complaint_id, person_id, state)
    ) STRICT;
    INSERT INTO reminder_marks_next SELECT complaint_id, person_id, state, shown_at FROM reminder_marks;
    DROP TABLE reminder_marks;
    ALTER TABLE reminder_marks_next RENAME TO reminder_marks;
  `);
}
