import type { Database } from 'better-sqlite3';

/** Unsaved forms, autosaved as the agent types, so a crash never loses a keystroke. */
export default function migrateTo0003(db: Database): void {
  db.exec(`
    CREATE TABLE drafts (
      id TEXT PRIMARY KEY,
      owner_id TEXT NOT NULL,
      form TEXT NOT NULL,
      payload TEXT NOT NULL CHECK (json_valid(payload)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX drafts_owner ON drafts (owner_id, form, updated_at DESC);
  `);
}
