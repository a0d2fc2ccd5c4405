/**
 * The one text form search compares in: NFKC (full-width digits and letters become ASCII), lower
 * case, letters and digits only. Punctuation and spaces inside a value are dropped, so
 * "138-0013-8000" and "13800138000" read the same, and "理赔，退保" reads "理赔退保".
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_SEARCHABLE, '');
}

const NOT_SEARCHABLE = /[^\p{L}\p{N}]/gu;

/**
 * Joins the values of one index column. A private-use character no query can contain sits between
 * values, so no term ever matches across two values (the end of one note and the start of the next).
 */
export const VALUE_BREAK = '\uE000';

export function joinValues(values: readonly string[]): string {
  return values.filter((v) => v.length > 0).join(VALUE_BREAK);
}

/** Overlapping character pairs ("理赔金额" → 理赔 赔金 金额), by code point so no surrogate is split. */
export function bigrams(text: string): string[] {
  const chars = Array.from(text);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** How many characters a term has, counting code points (a CJK extension character is one). */
export const charCount = (text: string): number => Array.from(text).length;
