import type { Database } from 'better-sqlite3';

/**
 * Retention: the timeline stays append-only, except for the complaints a retention purge has listed in
 * retention_purge inside its own transaction (and empties again before committing).
 */
export default function migrateTo0010(db: Database): void {
  db.exec(`
    CREATE TABLE retention_purge (
      complaint_id TEXT PRIMARY KEY
    ) STRICT;
    DROP TRIGGER complaint_events_no_delete;
    CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
      WHEN OLD.complaint_id NOT IN (SELECT complaint_id FROM retention_purge)
      BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
    CREATE INDEX complaints_ended ON complaints (status, updated_at) WHERE status != 'open';
  `);
}
