import type { Database } from 'better-sqlite3';

/**
 * Replayable mutations: the outbox keeps who acted (工号, name, role) beside the time, so the
 * command replays identically; each complaint keeps the per-field versions the server last
 * confirmed (field → server version), which field edits send as their base versions.
 */
export default function migrateTo0013(db: Database): void {
  db.exec(`
    ALTER TABLE outbox ADD COLUMN actor TEXT CHECK (actor IS NULL OR json_valid(actor));
    ALTER TABLE complaints ADD COLUMN server_versions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(server_versions));
  `);
}
