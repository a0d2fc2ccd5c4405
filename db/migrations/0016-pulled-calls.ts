import type { Database } from 'better-sqlite3';

/**
 * Calls reach a desk with the complaints it pulls (the call a teammate's complaint was taken on). They are
 * marked pulled: they belong to that complaint, not to this desk's own call log, and leave with it.
 */
export default function migrateTo0016(db: Database): void {
  db.exec(`ALTER TABLE calls ADD COLUMN pulled INTEGER NOT NULL DEFAULT 0 CHECK (pulled IN (0, 1));`);
}
