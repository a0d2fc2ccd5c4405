import type { Database } from 'better-sqlite3';

/**
 * The branch (分公司) a complaint belongs to, for the regulatory statistics by branch. The record does not
 * hold it: the server places a complaint by its handler's team, so a pull writes the server's branch here;
 * a complaint taken on this desk starts with the signed-in person's branch when the desk knows it.
 * Complaints from before stay null (未知分公司) until the server sends them again.
 */
export default function migrateTo0018(db: Database): void {
  db.exec(`
    ALTER TABLE complaints ADD COLUMN branch_id TEXT;
    ALTER TABLE complaints ADD COLUMN branch_name TEXT;
  `);
}
