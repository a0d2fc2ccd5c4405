import type { ParsedInput } from '../../../shared/api/contract';
import { SEARCH_TOTAL_CAP, type SearchHit, type SearchResult } from '../../../shared/api/search';
import type { Actor } from '../../../shared/domain/actor';
import { may } from '../../../shared/domain/capabilities';
import { complaintReadScope } from '../../../shared/domain/complaint-access';
import { matchedSections } from '../../../shared/domain/search/highlight';
import { parseSearchQuery } from '../../../shared/domain/search/query';
import { searchSections } from '../../../shared/domain/search/search-document';
import { loadSearchSources } from '../../../db/repositories/search-index';
import { searchIndex } from '../../../db/repositories/search-query';
import { scanSearchQueue } from '../../../db/repositories/search-queue-scan';
import { compareRanked, mergeRanked } from '../../../shared/domain/search/rank';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { toListItems } from '../complaints/list-items';

/**
 * search.query: parse the box's text, ask the index for the first page (ranked) and the total
 * (capped) of the complaints the actor may see (complaintReadScope), and show each hit with its deadline and the sections it was found by, highlighted.
 */
export function searchComplaints(ctx: DeskContext, actor: Actor, input: ParsedInput<'search.query'>): SearchResult {
  const { filters } = input;
  if (filters.assigneeId && filters.assigneeId !== actor.id && !may(actor, 'teamQueue')) {
    throw DeskError.of('forbidden', 'search.errors.assigneeLeadsOnly');
  }
  const query = parseSearchQuery(input.text);
  if (query.terms.length === 0) {
    const outcome = query.tooShort.length > 0 ? 'tooShort' : 'empty';
    return { outcome, terms: [], items: [], total: 0, capped: false };
  }
  const scope = complaintReadScope(actor);
  // Complaints waiting for the indexer are matched from their rows, and their index entries (possibly
  // out of date) left out: the answer is the one the index will give once it has caught up.
  const queued = scanSearchQueue(ctx.db, query.terms, filters, scope);
  const indexed = searchIndex(ctx.db, query.terms, filters, scope, input.limit, SEARCH_TOTAL_CAP, queued.staleDocs);
  const ranked = (hits: typeof indexed.hits) => hits.map((h) => ({ ...h, order: h.doc }));
  const page = {
    hits: mergeRanked(ranked(indexed.hits), ranked(queued.hits).sort(compareRanked), input.limit),
    total: indexed.total + queued.hits.length,
  };
  const loaded = loadSearchSources(ctx.db, page.hits.map((h) => h.complaintId));
  const sources = page.hits.flatMap((hit) => {
    const source = loaded.get(hit.complaintId);
    return source ? [{ hit, source }] : [];
  });
  const listItems = toListItems(ctx, sources.map((s) => s.source.complaint));
  const items: SearchHit[] = sources.map(({ hit, source }, i) => ({
    ...listItems[i]!,
    tier: hit.tier,
    matches: matchedSections(searchSections(source), query.terms),
  }));
  return {
    outcome: 'results',
    terms: query.terms,
    items,
    total: Math.min(page.total, SEARCH_TOTAL_CAP),
    capped: page.total > SEARCH_TOTAL_CAP,
    ...(queued.unscanned > 0 ? { unindexed: queued.unscanned } : {}),
  };
}
