/**
 * How text is cut into index tokens: one token per character position, holding the characters from
 * there — two for a Chinese character (a bigram: Chinese pairs are selective), four for anything
 * else (digits and Latin letters have few distinct pairs; four digits narrow a phone to one in ten
 * thousand). Tokens stop at the end of a value, so no term matches across two values.
 */
const HAN = /\p{Script=Han}/u;

export const windowOf = (char: string): number => (HAN.test(char) ? 2 : 4);

/** A value's tokens, in position order. */
export function valueTokens(value: string): string[] {
  const chars = Array.from(value);
  return chars.map((c, i) => chars.slice(i, i + windowOf(c)).join(''));
}

/**
 * Put before every token of a name, so "found by name" is a lookup of its own small token lists rather
 * than a scan of every match's column (a common word like 理赔 is in a fifth of all complaints).
 * A compatibility ideograph: NFKC maps it away, so normalized text and queries never contain it.
 */
export const NAME_MARK = '\uF900';

/** A column's index text: every value's tokens (with a mark before each, for names), space-separated. */
export function indexText(values: readonly string[], mark = ''): string {
  return values.flatMap((v) => valueTokens(v).map((t) => mark + t)).join(' ');
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
