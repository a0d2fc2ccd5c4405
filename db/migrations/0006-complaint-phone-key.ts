import type { Database } from 'better-sqlite3';
import { normalizePhone } from '../../shared/domain/phone';

/**
 * The contact number in matching form (normalizePhone), so a caller finds their earlier complaints
 * however either number was written; and a case-blind index for policy numbers (duplicate check).
 * The backfill runs in JS because SQLite cannot parse phone numbers.
 */
export default function migrateTo0006(db: Database): void {
  db.exec(`
    ALTER TABLE complaints ADD COLUMN contact_phone_key TEXT;
    CREATE INDEX complaints_contact_phone_key ON complaints (contact_phone_key, status);
    CREATE INDEX complaints_policy_number_nocase ON complaints (policy_number COLLATE NOCASE, status);
  `);
  const rows = db.prepare('SELECT id, contact_phone FROM complaints').all() as { id: string; contact_phone: string }[];
  const update = db.prepare('UPDATE complaints SET contact_phone_key = ? WHERE id = ?');
  for (const row of rows) update.run(normalizePhone(row.contact_phone), row.id);
}
