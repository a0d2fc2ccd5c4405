import { CtiParseError } from './cti-parse-error';
import { MAX_QUERY_FIELDS } from './input-limits';

export type QueryFields = Record<string, string | string[]>;

/**
 * Splits a=1&b=2&user[]=x&user[]=y into fields (a repeated name becomes a list). shared/ has no DOM
 * or Node types, so no URLSearchParams. In a form body '+' is a space; in a softphone's URL it is
 * the number's own '+' (softphones paste +8613800138000 unescaped), hence the option.
 */
export function parseQueryString(text: string, options: { plusIsSpace: boolean }): QueryFields {
  const fields: QueryFields = {};
  const pairs = text.split('&');
  if (pairs.length > MAX_QUERY_FIELDS) throw new CtiParseError('cti.errors.tooLong', 'query');
  for (const pair of pairs) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = decode(at < 0 ? pair : pair.slice(0, at), options.plusIsSpace);
    const value = decode(at < 0 ? '' : pair.slice(at + 1), options.plusIsSpace);
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else fields[name] = [existing, value];
  }
  return fields;
}

/** A softphone that failed to fill its placeholder sends from=%number%: keep it as written, so the field check names it. */
function decode(text: string, plusIsSpace: boolean): string {
  const spaced = plusIsSpace ? text.replaceAll('+', ' ') : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
