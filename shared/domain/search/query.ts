import { charCount, normalizeForSearch } from './normalize';

/** Fewer characters than this match too large a share of all rows to answer from the index. */
export const MIN_TERM_CHARS = 2;
/** What the search box accepts; longer input is cut here (a pasted paragraph is not a query). */
export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 8;

export interface ParsedQuery {
  /** Normalized terms (normalizeForSearch); a complaint matches when every term occurs in it. */
  terms: string[];
  /** True when the input was a phone or another number written with separators (+86 138-0013-8000). */
  digitsOnly: boolean;
  /** Terms left out because they are a single character. */
  tooShort: string[];
  /** True when input beyond MAX_QUERY_CHARS or MAX_TERMS was left out. */
  truncated: boolean;
}

/** A number as agents type it: digits with spaces, dashes, dots, brackets or a leading +. */
const NUMBER_LIKE = /^[\d\s+\-.()]+$/;
/** Where Chinese meets Latin letters or digits, a new term starts ("张伟8000" → 张伟, 8000). */
const SCRIPT_BOUNDARY = /(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/u;

/**
 * The search box's input → the terms to find. Whitespace separates terms; a number written with
 * separators stays one term (its digits; 0086 → 86 as in E.164); Chinese splits from anything else
 * (Latin, digits, punctuation: "理赔，退保" is two terms) while "PA-123" stays one; single characters are left out (see MIN_TERM_CHARS) and reported.
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const text = raw.normalize('NFKC');
  const cut = Array.from(text).slice(0, MAX_QUERY_CHARS).join('');
  let truncated = cut.length < text.length;
  const trimmed = cut.trim();
  if (trimmed === '') return { terms: [], digitsOnly: false, tooShort: [], truncated };

  if (NUMBER_LIKE.test(trimmed) && /\d/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '').replace(/^0086/, '86');
    return digits.length >= MIN_TERM_CHARS
      ? { terms: [digits], digitsOnly: true, tooShort: [], truncated }
      : { terms: [], digitsOnly: true, tooShort: [digits], truncated };
  }

  const terms: string[] = [];
  const tooShort: string[] = [];
  for (const word of trimmed.split(/\s+/)) {
    for (const part of word.split(SCRIPT_BOUNDARY)) {
      const term = normalizeForSearch(part);
      if (term === '') continue;
      if (charCount(term) < MIN_TERM_CHARS) tooShort.push(term);
      else if (!terms.includes(term)) terms.push(term);
    }
  }
  if (terms.length > MAX_TERMS) truncated = true;
  return { terms: terms.slice(0, MAX_TERMS), digitsOnly: false, tooShort, truncated };
}
