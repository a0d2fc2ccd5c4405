import type { Database } from 'better-sqlite3';

/**
 * The timeline: append-only, enforced by triggers so no code path can rewrite history. No rows are ever
 * deleted, so a plain INTEGER PRIMARY KEY already only grows (AUTOINCREMENT would cost a write per insert).
 */
export default function migrateTo0002(db: Database): void {
  db.exec(`
    CREATE TABLE complaint_events (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      complaint_id TEXT NOT NULL REFERENCES complaints (id),
      at TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      kind TEXT NOT NULL,
      changes TEXT NOT NULL CHECK (json_valid(changes)),
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, seq);
    CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
      BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
    CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
      BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
  `);
}
