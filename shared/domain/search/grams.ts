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

/** A column's index text: every value's tokens, space-separated (the tokenizer splits on spaces). */
export function indexText(values: readonly string[]): string {
  return values.flatMap(valueTokens).join(' ');
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
export function termTokens(term: string): TermTokens {
  const chars = Array.from(term);
  const width = windowOf(chars[0] ?? '');
  if (chars.length < width) return { tokens: [term], prefix: true };
  const tokens: string[] = [];
  for (let i = 0; i + width <= chars.length; i++) tokens.push(chars.slice(i, i + width).join(''));
  return { tokens, prefix: false };
}
