import type { Database } from 'better-sqlite3';

/** Complaints: queryable columns for lists and matching, plus the whole domain record as JSON. */
export default function migrateTo0001(db: Database): void {
  db.exec(`
    CREATE TABLE complaints (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      stage TEXT NOT NULL,
      status TEXT NOT NULL,
      customer_name TEXT NOT NULL,
      contact_phone TEXT NOT NULL,
      policy_number TEXT NOT NULL DEFAULT '',
      complaint_type TEXT NOT NULL,
      complaint_subtype TEXT NOT NULL,
      received_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      assignee_id TEXT,
      version INTEGER NOT NULL,
      record TEXT NOT NULL CHECK (json_valid(record))
    ) STRICT;
    CREATE INDEX complaints_assignee ON complaints (assignee_id, received_at DESC);
    CREATE INDEX complaints_contact_phone ON complaints (contact_phone);
    CREATE INDEX complaints_policy_number ON complaints (policy_number);
  `);
}
