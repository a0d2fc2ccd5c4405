import type { Database } from 'better-sqlite3';
import type { WritableDB } from '../handles';
import { dropFromSearchIndex } from './search-index';
import { dropFromSearchQueue } from './search-queue';

/** Tables whose link to a purged complaint is cut, not deleted: a call happened whether or not its complaint is kept. */
const UNLINK_ONLY = new Set(['calls']);

interface ForeignKey {
  table: string;
  from: string;
}

/** Every table column that references complaints(id), found from the schema so a table added later is not forgotten. */
function referencesToComplaints(db: Database): ForeignKey[] {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return tables.flatMap((table) =>
    (db.pragma(`foreign_key_list(${JSON.stringify(table)})`) as { table: string; from: string }[])
      .filter((fk) => fk.table === 'complaints')
      .map((fk) => ({ table, from: fk.from })),
  );
}

/** Closed or withdrawn complaints whose last change is before `before` (ISO time). */
export function endedComplaintsBefore(db: Database, before: string): string[] {
  return db.prepare("SELECT id FROM complaints WHERE status != 'open' AND updated_at < ?").pluck().all(before) as string[];
}

/**
 * Removes the complaints and, first, their search index entries and every row that references them
 * (the timeline and any later table with a foreign key), cutting call links instead. The outbox is left
 * alone: its mutations are the unsent work the server still needs. Runs inside the caller's transaction.
 */
export function purgeComplaints(db: WritableDB, ids: readonly string[]): { complaints: number; linkedRows: Record<string, number> } {
  const linkedRows: Record<string, number> = {};
  if (ids.length === 0) return { complaints: 0, linkedRows };
  linkedRows.search_index = dropFromSearchIndex(db, ids);
  dropFromSearchQueue(db, ids);
  // A page may remove one complaint twice (it moved, and moved again): each is purged once.
  const list = db.prepare('INSERT OR IGNORE INTO retention_purge (complaint_id) VALUES (?)');
  for (const id of ids) list.run(id);
  const inPurge = 'IN (SELECT complaint_id FROM retention_purge)';
  for (const { table, from } of referencesToComplaints(db)) {
    const t = JSON.stringify(table);
    const c = JSON.stringify(from);
    const sql = UNLINK_ONLY.has(table) ? `UPDATE ${t} SET ${c} = NULL WHERE ${c} ${inPurge}` : `DELETE FROM ${t} WHERE ${c} ${inPurge}`;
    linkedRows[table] = (linkedRows[table] ?? 0) + db.prepare(sql).run().changes;
  }
  const complaints = db.prepare(`DELETE FROM complaints WHERE id ${inPurge}`).run().changes;
  db.prepare('DELETE FROM retention_purge').run();
  return { complaints, linkedRows };
}

/** Unsaved drafts nobody touched since `before`: a form abandoned that long ago holds personal data and no work. */
export function purgeDraftsBefore(db: Database, before: string): number {
  return db.prepare('DELETE FROM drafts WHERE updated_at < ?').run(before).changes;
}
