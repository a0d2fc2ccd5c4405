import { ZodError } from 'zod';
import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';
import { notRefusedSql } from './refused-events';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';
import { NOTE_EVENT_KIND } from '../../shared/domain/workflow/notes';
import { indexText, NAME_MARK } from '../../shared/domain/search/grams';
import { buildSearchDocument, type SearchDocument, type SearchSource } from '../../shared/domain/search/search-document';

/** How often a rebuild reports progress, in complaints. */
const PROGRESS_EVERY = 1000;

/** What a complaint's index entry is built from: its record, its notes and its linked calls' numbers. */
export function loadSearchSource(db: ReadableDB, complaintId: string, written?: Complaint): SearchSource | null {
  // Every write of a complaint comes here: plain lookups by id, not the many-complaint form's JSON lists.
  const complaint = written ?? readComplaint(db, complaintId);
  if (!complaint) return null;
  const notes = statement(db, `SELECT json_extract(data, '$.text') AS text FROM complaint_events e WHERE complaint_id = ? AND kind = '${NOTE_EVENT_KIND}' AND ${notRefusedSql(db)} ORDER BY at, seq`)
    .all(complaintId) as { text: unknown }[];
  const calls = statement(db, 'SELECT number AS callNumber FROM calls WHERE complaint_id = ? ORDER BY started_at').all(complaintId) as { callNumber: string }[];
  return {
    complaint,
    notes: notes.flatMap((n) => (typeof n.text === 'string' ? [n.text] : [])),
    callNumbers: calls.map((c) => c.callNumber),
  };
}

function readComplaint(db: ReadableDB, id: string): Complaint | null {
  // Not pluck(): statements are shared per connection, and this SQL is findComplaint's too.
  const row = statement(db, 'SELECT record FROM complaints WHERE id = ?').get(id) as { record: string } | undefined;
  return row ? ComplaintSchema.parse(JSON.parse(row.record)) : null;
}

/**
 * The same for many complaints in three queries (a page of results). `written` are records the caller
 * has just written in this transaction: used as they are instead of read back and parsed again.
 */
export function loadSearchSources(
  db: ReadableDB,
  complaintIds: readonly string[],
  written: readonly Complaint[] = [],
  /** Leave out a record that no longer reads (damaged, or written by a broken build) instead of throwing. */
  skipDamaged = false,
): Map<string, SearchSource> {
  const ids = JSON.stringify(complaintIds);
  const known = new Map(written.map((c) => [c.id, c]));
  const unknown = JSON.stringify(complaintIds.filter((id) => !known.has(id)));
  const records = unknown === '[]' ? [] : (statement(db, 'SELECT id, record FROM complaints WHERE id IN (SELECT value FROM json_each(?))').all(unknown) as { id: string; record: string }[]);
  const notes = statement(db, `SELECT complaint_id AS id, json_extract(data, '$.text') AS text FROM complaint_events e
      WHERE complaint_id IN (SELECT value FROM json_each(?)) AND kind = '${NOTE_EVENT_KIND}' AND ${notRefusedSql(db)} ORDER BY at, seq`)
    .all(ids) as { id: string; text: unknown }[];
  const calls = statement(db, 'SELECT complaint_id AS id, number FROM calls WHERE complaint_id IN (SELECT value FROM json_each(?)) ORDER BY started_at')
    .all(ids) as { id: string; number: string }[];
  const sources = new Map<string, SearchSource>();
  for (const complaint of known.values()) sources.set(complaint.id, { complaint, notes: [], callNumbers: [] });
  for (const row of records) {
    const complaint = skipDamaged ? readableRecord(row.record) : ComplaintSchema.parse(JSON.parse(row.record));
    if (complaint) sources.set(row.id, { complaint, notes: [], callNumbers: [] });
  }
  for (const note of notes) if (typeof note.text === 'string') (sources.get(note.id)?.notes as string[] | undefined)?.push(note.text);
  for (const call of calls) (sources.get(call.id)?.callNumbers as string[] | undefined)?.push(call.number);
  return sources;
}

function readableRecord(record: string): Complaint | null {
  try {
    return ComplaintSchema.parse(JSON.parse(record));
  } catch (error) {
    if (error instanceof ZodError || error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * The index writer every path goes through (the desk's indexer draining the queue, a rebuild): brings
 * the complaints' entries up to date with their rows, in the order given (a new complaint's document
 * number follows it), or drops the entries of complaints that are gone. Their sources and entries are
 * read in four queries, not four each. A record that no longer reads is left unsearchable rather than
 * stopping the batch — and with it the desk.
 */
export function indexComplaints(db: WritableDB, complaintIds: readonly string[]): void {
  const sources = loadSearchSources(db, complaintIds, [], true);
  const rows = statement(db, 'SELECT complaint_id AS id, doc FROM search_docs WHERE complaint_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(complaintIds)) as {
    id: string;
    doc: number;
  }[];
  const docs = new Map(rows.map((r) => [r.id, r.doc]));
  for (const id of complaintIds) writeEntry(db, id, docs.get(id), sources.get(id) ?? null);
}

function writeEntry(db: WritableDB, complaintId: string, existing: number | undefined, source: SearchSource | null): void {
  if (existing !== undefined) dropTokensAndKeys(db, existing);
  if (!source) {
    if (existing !== undefined) statement(db, 'DELETE FROM search_docs WHERE doc = ?').run(existing);
    return;
  }
  const doc = existing ?? (statement(db, 'INSERT INTO search_docs (complaint_id) VALUES (?) RETURNING doc').get(complaintId) as { doc: number }).doc;
  writeDocument(db, doc, buildSearchDocument(source));
}

/**
 * Removes the complaints' index entries, before the complaints themselves are deleted (retention): the
 * token and key rows name a document number, not a complaint, so no foreign key leads a purge to them.
 * Returns how many complaints had an entry.
 */
export function dropFromSearchIndex(db: WritableDB, complaintIds: readonly string[]): number {
  const docs = statement(db, 'SELECT doc FROM search_docs WHERE complaint_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(complaintIds)) as number[];
  for (const doc of docs) {
    dropTokensAndKeys(db, doc);
    statement(db, 'DELETE FROM search_docs WHERE doc = ?').run(doc);
  }
  return docs.length;
}

function dropTokensAndKeys(db: WritableDB, doc: number): void {
  statement(db, 'DELETE FROM search_fts WHERE rowid = ?').run(doc);
  statement(db, 'DELETE FROM search_keys WHERE doc = ?').run(doc);
}

export function writeDocument(db: WritableDB, doc: number, document: SearchDocument): void {
  const { ids, names, body } = document.columns;
  statement(db, 'INSERT INTO search_fts (rowid, ids, names, body) VALUES (?, ?, ?, ?)')
    .run(doc, indexText(ids), indexText(names, NAME_MARK), indexText(body));
  // One statement for all the keys: a run costs more than the row it writes.
  statement(db, 'INSERT OR IGNORE INTO search_keys (key, doc) SELECT value, ? FROM json_each(?)').run(doc, JSON.stringify(document.keys));
}

/** How many complaints a rebuild writes per call of the index writer. */
const REBUILD_BATCH = 1000;

/**
 * Empties the index and builds it again from the rows with the index writer, oldest complaint first (so
 * the index order is the intake order). The caller runs it inside a transaction; returns how many
 * complaints were indexed.
 */
export function rebuildSearchIndex(db: WritableDB, progress?: (done: number, total: number) => void): number {
  db.exec('DELETE FROM search_keys; DELETE FROM search_fts; DELETE FROM search_docs;');
  const ids = db.prepare('SELECT id FROM complaints ORDER BY received_at, number').pluck().all() as string[];
  progress?.(0, ids.length);
  for (let start = 0; start < ids.length; start += REBUILD_BATCH) {
    const batch = ids.slice(start, start + REBUILD_BATCH);
    indexComplaints(db, batch);
    for (let done = start + PROGRESS_EVERY; done <= start + batch.length; done += PROGRESS_EVERY) progress?.(done, ids.length);
    if (start + batch.length === ids.length && ids.length % PROGRESS_EVERY !== 0) progress?.(ids.length, ids.length);
  }
  // Built in one go, the index is many FTS5 segments, and every term of a query is looked up in each:
  // merged into one, a query reads a fraction (2–4× less CPU at 100k complaints).
  db.exec(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`);
  return ids.length;
}
