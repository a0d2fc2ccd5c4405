import BetterSqlite3, { type Database } from 'better-sqlite3';

/**
 * A baseline with no project code in it: a plain better-sqlite3 connection with the desk's pragmas
 * written out here (key, WAL, synchronous=FULL, checkpoint every 10,000 pages, 64 MB cache,
 * secure_delete, foreign keys), the complaints table and its indexes as the desk's schema has them
 * (their SQL text, copied from a desk database), and one prepared `INSERT` of a stored row.
 */
export function rawComplaintInserter(path: string, schemaFrom: Database, row: Record<string, unknown>, key?: Buffer): { insert: (id: string) => void; close: () => void } {
  const db = new BetterSqlite3(path);
  if (key) db.pragma(`key = "x'${key.toString('hex')}'"`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  db.pragma(`cache_size = -${64 * 1024}`);
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  const schema = schemaFrom.prepare(`SELECT sql FROM sqlite_schema WHERE tbl_name = 'complaints' AND sql IS NOT NULL ORDER BY type DESC`).pluck().all() as string[];
  // The table first ('table' sorts after 'index' descending), then its indexes; references to other tables are not enforced on an empty file.
  db.pragma('foreign_keys = OFF');
  for (const sql of schema) db.exec(sql);
  db.pragma('foreign_keys = ON');
  const stored = schemaFrom.prepare(`SELECT name FROM pragma_table_xinfo('complaints') WHERE hidden = 0`).pluck().all() as string[];
  const columns = stored.filter((c) => c in row);
  const insert = db.prepare(`INSERT INTO complaints (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const values = Object.fromEntries(columns.map((c) => [c, row[c]]));
  return {
    insert: (id: string) => void insert.run({ ...values, id, number: id }),
    close: () => db.close(),
  };
}
