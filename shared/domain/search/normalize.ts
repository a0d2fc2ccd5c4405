/**
 * The one text form search compares in: NFKC (full-width digits and letters become ASCII), lower
 * case, letters and digits only. Punctuation and spaces inside a value are dropped, so
 * "138-0013-8000" and "13800138000" read the same, and "理赔，退保" reads "理赔退保".
 */
export function normalizeForSearch(text: string): string {
  return plainForm(text) ?? fullForm(text);
}

/** The definition, through ICU: what plainForm must equal. */
export function fullForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_SEARCHABLE, '');
}

const NOT_SEARCHABLE = /[^\p{L}\p{N}]/gu;

/**
 * Most desk text (names, numbers, Chinese sentences with their punctuation) is ASCII, common CJK
 * ideographs (U+4E00–U+9FFF: NFKC leaves them, and they are letters) and punctuation that NFKC keeps
 * punctuation: such text is normalized here without ICU (highlighting runs this for every section of
 * every hit shown). Anything else returns null and takes fullForm.
 */
function plainForm(text: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) continue;
      if (code >= 0x41 && code <= 0x5a) {
        out += text.slice(from, i) + String.fromCharCode(code + 32);
        from = i + 1;
        continue;
      }
    } else if (code >= 0x4e00 && code <= 0x9fff) {
      continue;
    } else if (!DROPPED_PUNCTUATION.has(code)) {
      return null;
    }
    out += text.slice(from, i);
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Chinese punctuation agents type, each of which NFKC leaves or turns into ASCII punctuation: dropped either way. */
const DROPPED_PUNCTUATION = new Set(
  Array.from('，。、；：？！“”‘’（）【】《》〈〉「」『』—…·～　', (c) => c.charCodeAt(0)),
);

/** How many characters a term has, counting code points (a CJK extension character is one). */
export const charCount = (text: string): number => Array.from(text).length;
