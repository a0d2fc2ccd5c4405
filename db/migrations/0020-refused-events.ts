import type { Database } from 'better-sqlite3';

/**
 * Timeline events the server did not accept: a desk's change refused when it was pushed (the complaint
 * was withdrawn meanwhile, the person lost access) left its event on this desk's append-only timeline.
 * The event stays; this marks it, so the timeline, notes and search show what the server holds while the
 * sync screen lists the refusal with its reason.
 */
export default function migrateTo0020(db: Database): void {
  db.exec(`
    CREATE TABLE refused_events (
      event_id TEXT PRIMARY KEY,
      complaint_id TEXT NOT NULL REFERENCES complaints (id),
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX refused_events_complaint ON refused_events (complaint_id);
  `);
}
