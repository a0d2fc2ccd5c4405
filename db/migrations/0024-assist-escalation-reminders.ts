import type { Database } from 'better-sqlite3';

/**
 * Agent assist: a lead's reminder may now also be for the escalation state (a complaint confirmed as
 * threatening to escalate, notified once per complaint). SQLite cannot alter a CHECK, so reminder_marks is
 * rebuilt with its rows, as in 0015.
 */
export default function migrateTo0024(db: Database): void {
  db.exec(`
    CREATE TABLE reminder_marks_next (
      complaint_id TEXT NOT NULL REFERENCES complaints (id),
      person_id TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('dueSoon', 'overdue', 'needsReview', 'escalation')),
      shown_at TEXT NOT NULL,
      PRIMARY KEY (complaint_id, person_id, state)
    ) STRICT;
    INSERT INTO reminder_marks_next SELECT complaint_id, person_id, state, shown_at FROM reminder_marks;
    DROP TABLE reminder_marks;
    ALTER TABLE reminder_marks_next RENAME TO reminder_marks;
  `);
}
