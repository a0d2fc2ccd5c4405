import type { ParsedQuery } from './query';
import type { SearchColumn, SearchDocument } from './search-document';

/** The order results come in: an exact number or phone first, then names, then any other text. */
export const SEARCH_TIERS = ['identifier', 'name', 'text'] as const;
export type SearchTier = (typeof SEARCH_TIERS)[number];

/** Whether a complaint matches: every term is a substring of one of its values. */
export function documentMatches(doc: Pick<SearchDocument, 'columns'>, query: Pick<ParsedQuery, 'terms'>): boolean {
  if (query.terms.length === 0) return false;
  const values = Object.values(doc.columns).flat();
  return query.terms.every((term) => values.some((value) => value.includes(term)));
}

/**
 * The tier of a matching complaint: 'identifier' when a term equals one of its keys (number, policy,
 * a phone in any form or its last 4–8 digits), 'name' when a term occurs in the name or its pinyin.
 */
export function tierOf(doc: Pick<SearchDocument, 'columns' | 'keys'>, query: Pick<ParsedQuery, 'terms'>): SearchTier {
  if (query.terms.some((term) => doc.keys.includes(term))) return 'identifier';
  const names: SearchColumn = 'names';
  if (query.terms.some((term) => doc.columns[names].some((value) => value.includes(term)))) return 'name';
  return 'text';
}

/** Within a tier, the most recently indexed complaint first (index order follows intake order). */
export function compareRanked<T extends { tier: SearchTier; order: number }>(a: T, b: T): number {
  return SEARCH_TIERS.indexOf(a.tier) - SEARCH_TIERS.indexOf(b.tier) || b.order - a.order;
}

/**
 * Two ranked lists as one, the first `limit`: each list is already in compareRanked order and no
 * complaint is in both (the index's answer and the complaints matched while waiting to be indexed).
 */
export function mergeRanked<T extends { tier: SearchTier; order: number }>(a: readonly T[], b: readonly T[], limit: number): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < limit && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && compareRanked(a[i]!, b[j]!) <= 0)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}
