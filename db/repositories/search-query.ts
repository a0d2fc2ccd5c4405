import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import type { SearchFilters } from '../../shared/api/search';
import type { ComplaintReadScope } from '../../shared/domain/complaint-access';
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
 */
export function searchIndex(
  db: ReadableDB,
  terms: readonly string[],
  filters: SearchFilters,
  scope: ComplaintReadScope,
  limit: number,
  cap: number,
): IndexPage {
  const all = terms.map(anywhere).join(' AND ');
  const inNames = `(${terms.map((t) => phrase(t, NAME_MARK)).join(' OR ')})`;
  const where = [...filterSql(filters), ...scopeSql(scope)];
  const params = { ...filterParams(filters), ...(scope ? { scopePerson: scope.personId } : {}) };
  const joined = `FROM search_fts f JOIN search_docs d ON d.doc = f.rowid JOIN complaints c ON c.id = d.complaint_id`;
  const from = where.length > 0 ? joined : `FROM search_fts f JOIN search_docs d ON d.doc = f.rowid`;
  const conditions = ['search_fts MATCH @match', ...where].join(' AND ');

  const keyDocs = statement(db, `SELECT DISTINCT doc FROM search_keys WHERE key IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(terms)) as number[];
  const identifiers = keyDocs.length === 0 ? [] : (statement(db,
      `SELECT f.rowid AS doc, d.complaint_id AS complaintId ${from}
       WHERE ${conditions} AND f.rowid IN (SELECT value FROM json_each(@docs)) ORDER BY f.rowid DESC LIMIT @limit`,
    ).all({ ...params, match: all, docs: JSON.stringify(keyDocs), limit }) as Omit<IndexHit, 'tier'>[]);

  const tier = (match: string, take: number) =>
    statement(db, `SELECT f.rowid AS doc, d.complaint_id AS complaintId ${from} WHERE ${conditions} ORDER BY f.rowid DESC LIMIT @limit`)
      .all({ ...params, match, limit: take }) as Omit<IndexHit, 'tier'>[];
  const seen = new Set(identifiers.map((h) => h.doc));
  const hits: IndexHit[] = identifiers.map((h) => ({ ...h, tier: 'identifier' }));
  for (const [name, match] of [['name', `(${all}) AND ${inNames}`], ['text', `(${all}) NOT ${inNames}`]] as const) {
    if (hits.length >= limit) break;
    for (const h of tier(match, limit - hits.length + seen.size)) {
      if (hits.length >= limit) break;
      if (!seen.has(h.doc)) hits.push({ ...h, tier: name });
    }
  }
  const total = statement(db, `SELECT count(*) FROM (SELECT 1 ${from} WHERE ${conditions} LIMIT @cap)`)
    .pluck()
    .get({ ...params, match: all, cap: cap + 1 }) as number;
  return { hits, total };
}

/** complaintReadScope in SQL: the complaints the person took or handles (createdBy is only in the record). */
function scopeSql(scope: ComplaintReadScope): string[] {
  return scope ? [`(c.assignee_id = @scopePerson OR json_extract(c.record, '$.createdBy.id') = @scopePerson)`] : [];
}

function filterSql(f: SearchFilters): string[] {
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

function filterParams(f: SearchFilters): Record<string, string> {
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
