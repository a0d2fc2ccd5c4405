import { join } from 'node:path';
import { afterEach } from 'vitest';
import { schemaVersion } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import type { WritableDB } from '../../db/handles';
import { makeTempDir } from './temp-dir';

/**
 * For a desk migration's test: a real SQLite file taken up to the version before it, written to as the
 * desk wrote it then, and opened again at the migration's own version. The file is removed after each test.
 */
export function deskFileSteps() {
  let cleanup = () => {};
  afterEach(() => cleanup());
  return {
    /** A new desk file migrated up to `version`, and its path (to open it again at the next version). */
    at(version: number): { path: string; db: WritableDB } {
      const temp = makeTempDir();
      cleanup = temp.cleanup;
      const path = join(temp.dir, 'desk.sqlite');
      const db = openDatabase(path, { migrate: { target: version } });
      if (schemaVersion(db) !== version) throw new Error(`the file is at ${schemaVersion(db)}, not ${version}`);
      return { path, db };
    },
    /** The file opened again and migrated one step further, to `version`. */
    reopenAt(path: string, version: number): WritableDB {
      const db = openDatabase(path, { migrate: { target: version } });
      if (schemaVersion(db) !== version) throw new Error(`the file is at ${schemaVersion(db)}, not ${version}`);
      return db;
    },
  };
}

/** A complaint row with the columns every version has (migration 1's); later ones are defaulted, generated or backfilled. */
export function insertComplaintRow(db: WritableDB, id: string, overrides: Record<string, unknown> = {}): void {
  const row = {
    id,
    number: `TS-20261125-${id.toUpperCase().padStart(6, 'A')}`,
    stage: 'intake',
    status: 'open',
    customer_name: '张伟',
    contact_phone: '13800138000',
    complaint_type: 'fraud',
    complaint_subtype: 'false_declaration',
    received_at: '2026-11-25T10:00:00+08:00',
    created_at: '2026-11-25T02:00:00.000Z',
    updated_at: '2026-11-25T02:00:00.000Z',
    assignee_id: 'A1001',
    version: 1,
    record: '{}',
    ...overrides,
  };
  db.prepare(
    `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, complaint_type, complaint_subtype,
       received_at, created_at, updated_at, assignee_id, version, record)
     VALUES (@id, @number, @stage, @status, @customer_name, @contact_phone, @complaint_type, @complaint_subtype,
       @received_at, @created_at, @updated_at, @assignee_id, @version, @record)`,
  ).run(row);
}

/** A call row with the columns of migration 5 (the calls table as first made). */
export function insertCallRow(db: WritableDB, id: string, complaintId: string | null): void {
  db.prepare(
    `INSERT INTO calls (id, number, number_key, direction, source, started_at, complaint_id)
     VALUES (?, '13800138000', '+8613800138000', 'in', 'http', '2026-11-25T02:00:00.000Z', ?)`,
  ).run(id, complaintId);
}

/** An outbox row with the columns of migration 4 (the outbox as first made). */
export function insertOutboxRow(db: WritableDB, id: number, actorId: string): void {
  db.prepare(
    `INSERT INTO outbox (id, op_id, name, args, base_versions, created_at, actor_id)
     VALUES (?, ?, 'complaint.addNote', '{}', '{}', '2026-11-25T02:00:00.000Z', ?)`,
  ).run(id, `op-${id}`, actorId);
}

/** A table's columns, in order (generated ones included). */
export function columnsOf(db: WritableDB, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_xinfo(?) ORDER BY cid`).all(table) as { name: string }[]).map((c) => c.name);
}

/** The names of a table's own indexes (not SQLite's automatic ones), sorted. */
export function indexesOf(db: WritableDB, table: string): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`).all(table) as { name: string }[]
  ).map((i) => i.name);
}

/** Whether a table exists, and is STRICT. */
export function tableKind(db: WritableDB, table: string): 'strict' | 'table' | 'none' {
  const row = db.prepare(`SELECT strict FROM pragma_table_list WHERE schema = 'main' AND name = ?`).get(table) as { strict: number } | undefined;
  return row === undefined ? 'none' : row.strict ? 'strict' : 'table';
}
