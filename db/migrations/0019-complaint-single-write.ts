import type { Database } from 'better-sqlite3';

/**
 * A complaint row is written once per change. The due-date triggers rewrote every inserted or updated
 * row a second time (and its five due_at index entries); the insert and update statements now write
 * due_at themselves (db/repositories/due-at.ts). The plain phone and policy indexes were replaced by
 * complaints_contact_phone_key and complaints_policy_number_nocase and no query reads them.
 */
export default function migrateTo0019(db: Database): void {
  db.exec(`
    DROP TRIGGER complaints_due_at_insert;
    DROP TRIGGER complaints_due_at_update;
    DROP INDEX complaints_contact_phone;
    DROP INDEX complaints_policy_number;
  `);
}
