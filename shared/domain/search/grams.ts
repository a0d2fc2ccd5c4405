/**
 * How text is cut into index tokens: one token per character position, holding the characters from
 * there — two for a Chinese character (a bigram: Chinese pairs are selective), four for anything
 * else (digits and Latin letters have few distinct pairs; four digits narrow a phone to one in ten
 * thousand). Tokens stop at the end of a value, so no term matches across two values.
 */
const HAN = /\p{Script=Han}/u;

/** ASCII (most of an index entry: numbers, phones, pinyin) skips the script test. */
export const windowOf = (char: string): number => (char.charCodeAt(0) < 0x80 || !HAN.test(char) ? 4 : 2);

/** A value's tokens, in position order. This runs for every value of every indexed write. */
export function valueTokens(value: string): string[] {
  const chars = Array.from(value);
  const tokens = new Array<string>(chars.length);
  for (let i = 0; i < chars.length; i++) {
    const end = Math.min(chars.length, i + windowOf(chars[i]!));
    let token = chars[i]!;
    for (let k = i + 1; k < end; k++) token += chars[k]!;
    tokens[i] = token;
  }
  return tokens;
}

/**
 * Put before every token of a name, so "found by name" is a lookup of its own small token lists rather
 * than a scan of every match's column (a common word like 理赔 is in a fifth of all complaints).
 * A compatibility ideograph: NFKC maps it away, so normalized text and queries never contain it.
 */
export const NAME_MARK = '\uF900';

/**
 * A column's index text: every value's tokens (with a mark before each, for names), space-separated.
 * A value inside another value of the column adds nothing a term could be found by (every term in it
 * is in the other too, as the same run of tokens), so it is left out: a mobile's national digits are
 * inside its E.164 form, and the index entry is that much smaller.
 */
export function indexText(values: readonly string[], mark = ''): string {
  let text = '';
  values.forEach((value, i) => {
    if (values.some((other, j) => j !== i && other.includes(value) && (other !== value || j < i))) return;
    for (const token of valueTokens(value)) text += text === '' ? mark + token : ` ${mark}${token}`;
  });
  return text;
}

export interface TermTokens {
  /** Consecutive tokens the term must appear as (an FTS5 phrase). */
  tokens: string[];
  /** The last token is a prefix: the term is shorter than one window ("zw", "432"). */
  prefix: boolean;
}

/**
 * The phrase a term is found by: the tokens of its positions whose window lies inside the term, which
 * together cover every character; a term shorter than its first window is a prefix of one token.
 * Terms are all Chinese or all not (the query parser splits them), so one window width applies.
 */
export function termTokens(term: string, mark = ''): TermTokens {
  const chars = Array.from(term);
  const width = windowOf(chars[0] ?? '');
  if (chars.length < width) return { tokens: [mark + term], prefix: true };
  const tokens: string[] = [];
  for (let i = 0; i + width <= chars.length; i++) tokens.push(mark + chars.slice(i, i + width).join(''));
  return { tokens, prefix: false };
}
