import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import type { SearchFilters } from '../../shared/api/search';
import type { ComplaintReadScope } from '../../shared/domain/complaint-access';
import { sqliteReachSql } from '../../shared/domain/visibility/visibility-sqlite';
import { DESK_PLACEMENT } from './complaint-placement-columns';
import { NAME_MARK, termTokens } from '../../shared/domain/search/grams';
import type { SearchTier } from '../../shared/domain/search/rank';

export interface IndexHit {
  complaintId: string;
  /** The index order: higher is more recently indexed. */
  doc: number;
  tier: SearchTier;
}

export interface IndexPage {
  hits: IndexHit[];
  /** Matches in all, counted up to cap + 1. */
  total: number;
}

/** A term as an FTS5 phrase of its tokens (grams.ts); terms hold letters and digits only, so nothing needs escaping. */
function phrase(term: string, mark = ''): string {
  const { tokens, prefix } = termTokens(term, mark);
  return `"${tokens.join(' ')}"${prefix ? '*' : ''}`;
}

/** The term anywhere: in identifiers or text, or (marked tokens) in a name. */
const anywhere = (term: string) => `(${phrase(term)} OR ${phrase(term, NAME_MARK)})`;

/**
 * The first `limit` matches of the terms among the complaints in the reader's scope, ranked (identifier,
 * name, text; newest first within each), and how many match in all up to cap + 1. Terms are normalized
 * and at least two characters long.
 *
 * The terms' expression is evaluated as few times as possible (each evaluation reads every token's
 * list): once for the newest cap + 1 matches, which give the total and, but for names and identifiers,
 * the text tier; once more for the names. Identifiers are the keys' documents among the matches.
 */
export function searchIndex(
  db: ReadableDB,
  terms: readonly string[],
  filters: SearchFilters,
  scope: ComplaintReadScope,
  limit: number,
  cap: number,
  /** Documents whose entries are out of date (their complaints are queued and matched by a scan): left out. */
  staleDocs: readonly number[] = [],
): IndexPage {
  const all = terms.map(anywhere).join(' AND ');
  const inNames = `(${terms.map((t) => phrase(t, NAME_MARK)).join(' OR ')})`;
  const visible = scope.kind === 'everything' ? null : sqliteReachSql(scope, DESK_PLACEMENT, 'scope');
  const where = [...filterSql(filters), ...(visible ? [visible.sql] : [])];
  const params = { ...filterParams(filters), ...visible?.params, ...(staleDocs.length > 0 ? { stale: JSON.stringify(staleDocs) } : {}) };
  // Without filters the index answers alone: a document and its tokens are written and dropped together.
  const from = where.length > 0
    ? `FROM search_fts f JOIN search_docs d ON d.doc = f.rowid JOIN complaints c ON c.id = d.complaint_id`
    : `FROM search_fts f`;
  const fresh = staleDocs.length > 0 ? ['f.rowid NOT IN (SELECT value FROM json_each(@stale))'] : [];
  const conditions = ['search_fts MATCH @match', ...where, ...fresh].join(' AND ');
  const newest = (match: string, take: number) =>
    statement(db, `SELECT f.rowid ${from} WHERE ${conditions} ORDER BY f.rowid DESC LIMIT @take`)
      .pluck()
      .all({ ...params, match, take }) as number[];

  const matches = newest(all, cap + 1);
  const complete = matches.length <= cap;
  const keyDocs = statement(db, `SELECT DISTINCT doc FROM search_keys WHERE key IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(terms)) as number[];
  const keyed = new Set(keyDocs);
  const identifiers = keyDocs.length === 0
    ? []
    : complete
      ? matches.filter((doc) => keyed.has(doc)).slice(0, limit)
      : (statement(db, `SELECT f.rowid ${from} WHERE ${conditions} AND f.rowid IN (SELECT value FROM json_each(@docs)) ORDER BY f.rowid DESC LIMIT @take`)
          .pluck()
          .all({ ...params, match: all, docs: JSON.stringify(keyDocs), take: limit }) as number[]);
  const ranked: RankedDoc[] = identifiers.map((doc) => ({ doc, tier: 'identifier' }));
  const seen = new Set(identifiers);
  if (ranked.length < limit) {
    const take = limit - ranked.length + seen.size;
    const names = newest(`(${all}) AND ${inNames}`, take);
    for (const doc of names) if (ranked.length < limit && !seen.has(doc)) ranked.push({ doc, tier: 'name' });
    // A full answer fills the page; a short one is every name match, so the text tier is the newest
    // matches without them, taken from those already read (enough unless the cap is below the page).
    if (ranked.length < limit) {
      const text = textTier(matches, complete, new Set([...seen, ...names]), limit - ranked.length)
        ?? newest(`(${all}) NOT ${inNames}`, limit - ranked.length + seen.size).filter((doc) => !seen.has(doc)).slice(0, limit - ranked.length);
      for (const doc of text) ranked.push({ doc, tier: 'text' });
    }
  }
  const ids = complaintIdsOf(db, ranked.map((r) => r.doc));
  const hits = ranked.flatMap((r) => {
    const complaintId = ids.get(r.doc);
    return complaintId === undefined ? [] : [{ ...r, complaintId }];
  });
  return { hits, total: matches.length };
}

interface RankedDoc {
  doc: number;
  tier: SearchTier;
}

/** The first `take` of the matches not ranked yet, or null when the matches read run out before that and there are more. */
function textTier(matches: readonly number[], complete: boolean, ranked: ReadonlySet<number>, take: number): number[] | null {
  const text: number[] = [];
  for (const doc of matches) {
    if (text.length >= take) break;
    if (!ranked.has(doc)) text.push(doc);
  }
  return text.length >= take || complete ? text : null;
}

function complaintIdsOf(db: ReadableDB, docs: readonly number[]): Map<number, string> {
  if (docs.length === 0) return new Map();
  const rows = statement(db, 'SELECT doc, complaint_id FROM search_docs WHERE doc IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(docs)) as [number, string][];
  return new Map(rows);
}

/** The filters as SQLite conditions over the complaints table (alias c), with named parameters (filterParams). */
export function filterSql(f: SearchFilters): string[] {
  const sql: string[] = [];
  if (f.statuses && f.statuses.length > 0) sql.push('c.status IN (SELECT value FROM json_each(@statuses))');
  if (f.complaintType) sql.push('c.complaint_type = @complaintType');
  if (f.stage) sql.push('c.stage = @stage');
  // received_at is the call time as the agent wrote it (with its offset): its first ten characters are their local day.
  if (f.receivedFrom) sql.push('substr(c.received_at, 1, 10) >= @receivedFrom');
  if (f.receivedTo) sql.push('substr(c.received_at, 1, 10) <= @receivedTo');
  if (f.assigneeId) sql.push('c.assignee_id = @assigneeId');
  return sql;
}

export function filterParams(f: SearchFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (f.statuses && f.statuses.length > 0) params.statuses = JSON.stringify(f.statuses);
  if (f.complaintType) params.complaintType = f.complaintType;
  if (f.stage) params.stage = f.stage;
  if (f.receivedFrom) params.receivedFrom = f.receivedFrom;
  if (f.receivedTo) params.receivedTo = f.receivedTo;
  if (f.assigneeId) params.assigneeId = f.assigneeId;
  return params;
}

/** Everyone complaints on this desk are assigned to, by name. */
export function listAssignees(db: ReadableDB): { id: string; name: string }[] {
  return statement(db,
    `SELECT assignee_id AS id, json_extract(record, '$.assignee.name') AS name FROM complaints
     WHERE assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY name`,
  ).all() as { id: string; name: string }[];
}
