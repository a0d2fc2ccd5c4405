/**
 * The one text form search compares in: NFKC (full-width digits and letters become ASCII), lower
 * case, letters and digits only. Punctuation and spaces inside a value are dropped, so
 * "138-0013-8000" and "13800138000" read the same, and "理赔，退保" reads "理赔退保".
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_SEARCHABLE, '');
}

const NOT_SEARCHABLE = /[^\p{L}\p{N}]/gu;

/** How many characters a term has, counting code points (a CJK extension character is one). */
export const charCount = (text: string): number => Array.from(text).length;
