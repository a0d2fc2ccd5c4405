import type { Database } from 'better-sqlite3';

/**
 * The call a draft was started from, so a draft restored after a crash still links its call when
 * saved. No foreign key: the link is checked when the complaint is created.
 */
export default function migrateTo0007(db: Database): void {
  db.exec('ALTER TABLE drafts ADD COLUMN call_id TEXT');
}
