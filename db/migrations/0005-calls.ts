import type { Database } from 'better-sqlite3';

/**
 * Every softphone call, keyed by the softphone's callId, linked to the complaint created or opened
 * during it. number is the customer's side as sent; number_key its normalised form for matching.
 */
export default function migrateTo0005(db: Database): void {
  db.exec(`
    CREATE TABLE calls (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL,
      number_key TEXT,
      direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
      agent TEXT,
      queue TEXT,
      source TEXT NOT NULL,
      started_at TEXT NOT NULL,
      answered_at TEXT,
      ended_at TEXT,
      duration_seconds INTEGER CHECK (duration_seconds >= 0),
      cause TEXT,
      complaint_id TEXT REFERENCES complaints (id)
    ) STRICT;
    CREATE INDEX calls_started ON calls (started_at DESC);
    CREATE INDEX calls_number_key ON calls (number_key);
    CREATE INDEX calls_complaint ON calls (complaint_id);
    CREATE INDEX calls_missed ON calls (started_at DESC)
      WHERE direction = 'in' AND answered_at IS NULL AND ended_at IS NOT NULL;
  `);
}
