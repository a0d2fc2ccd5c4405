import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import type { SearchFilters } from '../../shared/api/search';
import type { ComplaintReadScope } from '../../shared/domain/complaint-access';
import { sqliteReachSql } from '../../shared/domain/visibility/visibility-sqlite';
import { documentMatches, tierOf } from '../../shared/domain/search/rank';
import { buildSearchDocument, type SearchDocument } from '../../shared/domain/search/search-document';
import { DESK_PLACEMENT } from './complaint-placement-columns';
import { loadSearchSources } from './search-index';
import { filterParams, filterSql, type IndexHit } from './search-query';

/**
 * How many queued complaints a query matches by reading them (the newest queued): a complaint saved a
 * moment ago, or the last pull's, is found before the indexer reaches it. Beyond it — a first sync's
 * tens of thousands — the rest are found once indexed, and the answer says how many those are.
 */
export const QUEUE_SCAN_LIMIT = 2000;

export interface QueuedMatches {
  /** The queued complaints that match, each with the index order it will have once indexed. */
  hits: IndexHit[];
  /** The index documents of the queued complaints read: their entries may be out of date, so the index query leaves them out. */
  staleDocs: number[];
  /** Queued complaints beyond the scan, not searchable until indexed. */
  unscanned: number;
}

/**
 * The queued complaints (up to QUEUE_SCAN_LIMIT, newest queued) that match the terms, read from their
 * rows with the rules the index follows (documentMatches, tierOf on their search documents), within the
 * filters and the reader's scope. A complaint already indexed keeps its document number; a new one will
 * be numbered after every indexed document, in queue order — so the merged answer ranks as it will once
 * the queue is drained.
 */
/** Search documents built for queued complaints, by complaint, with the stamp they were built at: a query reads each once while it waits. */
const built = new WeakMap<ReadableDB, Map<string, { stamp: number; document: SearchDocument }>>();

export function scanSearchQueue(
  db: ReadableDB,
  terms: readonly string[],
  filters: SearchFilters,
  scope: ComplaintReadScope,
  limit = QUEUE_SCAN_LIMIT,
): QueuedMatches {
  const queued = statement(db, `SELECT q.complaint_id, q.stamp, d.doc FROM search_queue q LEFT JOIN search_docs d ON d.complaint_id = q.complaint_id ORDER BY q.seq DESC LIMIT ?`)
    .raw()
    .all(limit) as [string, number, number | null][];
  if (queued.length === 0) {
    built.delete(db);
    return { hits: [], staleDocs: [], unscanned: 0 };
  }
  queued.reverse();
  const unscanned = queued.length < limit ? 0 : (statement(db, 'SELECT count(*) FROM search_queue').pluck().get() as number) - queued.length;
  const staleDocs = queued.flatMap(([, , doc]) => (doc === null ? [] : [doc]));

  const visible = scope.kind === 'everything' ? null : sqliteReachSql(scope, DESK_PLACEMENT, 'scope');
  const where = ['c.id IN (SELECT value FROM json_each(@ids))', ...filterSql(filters), ...(visible ? [visible.sql] : [])];
  const eligible = new Set(statement(db, `SELECT c.id FROM complaints c WHERE ${where.join(' AND ')}`)
    .pluck()
    .all({ ids: JSON.stringify(queued.map(([id]) => id)), ...filterParams(filters), ...visible?.params }) as string[]);
  const documents = documentsOf(db, queued, eligible);

  // New documents come after every indexed one (and after the unscanned queued ones, queued earlier).
  let next = ((statement(db, 'SELECT max(doc) FROM search_docs').pluck().get() as number | null) ?? 0) + unscanned + 1;
  const query = { terms: [...terms] };
  const hits: IndexHit[] = [];
  for (const [complaintId, , doc] of queued) {
    const document = documents.get(complaintId);
    const order = doc ?? (document ? next++ : 0);
    if (document && documentMatches(document, query)) hits.push({ complaintId, doc: order, tier: tierOf(document, query) });
  }
  return { hits, staleDocs, unscanned };
}

/**
 * The eligible queued complaints' search documents: those built at their current stamp before again,
 * the others read and built now. What was built for the other queued complaints is kept for later queries.
 */
function documentsOf(db: ReadableDB, queued: readonly [string, number, number | null][], eligible: ReadonlySet<string>): Map<string, SearchDocument> {
  const previous = built.get(db) ?? new Map<string, { stamp: number; document: SearchDocument }>();
  const kept = new Map<string, { stamp: number; document: SearchDocument }>();
  const documents = new Map<string, SearchDocument>();
  const missing: string[] = [];
  for (const [id, stamp] of queued) {
    const known = previous.get(id);
    if (known && known.stamp === stamp) {
      kept.set(id, known);
      if (eligible.has(id)) documents.set(id, known.document);
    } else if (eligible.has(id)) missing.push(id);
  }
  if (missing.length > 0) {
    const sources = loadSearchSources(db, missing, [], true);
    for (const [id, stamp] of queued) {
      const source = sources.get(id);
      if (!source) continue;
      const document = buildSearchDocument(source);
      kept.set(id, { stamp, document });
      documents.set(id, document);
    }
  }
  built.set(db, kept);
  return documents;
}
