import type { Database } from 'better-sqlite3';

/**
 * The outbox: every local change as a mutation, numbered per client (+1 each) for push/pull sync.
 * AUTOINCREMENT, because an id must never be reused once acknowledged mutations are deleted.
 * sync_state holds this desk's client id, made once here so it never changes with a reinstall of the app.
 */
export default function migrateTo0004(db: Database): void {
  db.exec(`
    CREATE TABLE sync_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    INSERT INTO sync_state (key, value) VALUES ('client_id', lower(hex(randomblob(16))));
    CREATE TABLE outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      op_id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      args TEXT NOT NULL CHECK (json_valid(args)),
      base_versions TEXT NOT NULL CHECK (json_valid(base_versions)),
      created_at TEXT NOT NULL,
      actor_id TEXT NOT NULL
    ) STRICT;
  `);
}
