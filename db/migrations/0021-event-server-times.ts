import type { Database } from 'better-sqlite3';

/**
 * The server's time of a timeline event this desk wrote first: when the server moved a desk's times by
 * its clock rule (the desk's clock was off), the pulled event keeps its id and carries the server's time.
 * The desk's timeline is append-only, so the event stays as written and the timeline shows the server's time.
 */
export default function migrateTo0021(db: Database): void {
  db.exec(`
    CREATE TABLE event_server_times (
      event_id TEXT PRIMARY KEY,
      complaint_id TEXT NOT NULL REFERENCES complaints (id),
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX event_server_times_complaint ON event_server_times (complaint_id);
  `);
}
