import type { CallEvent } from './call-event';
import { toCallEvent } from './call-event-schema';
import { CtiParseError } from './cti-parse-error';
import { parseQueryString } from './query-string';

/** An already-decoded Zammad generic CTI event (newCall / answer / hangup), as a PBX posts it. */
export function parseZammadEvent(body: unknown): CallEvent {
  return toCallEvent(body, { source: 'http', callIdRequired: true });
}

/**
 * The raw body of a POST to the endpoint. Zammad's generic CTI accepts JSON and form fields, and PBX
 * scripts send either (curl --data sends a form, often with no JSON content type), so the body decides:
 * it is JSON when it says so or starts with '{', form fields otherwise.
 */
export function parseZammadBody(body: string | undefined, contentType: string | undefined): CallEvent {
  const text = body?.trim() ?? '';
  if (text === '') throw new CtiParseError('cti.errors.emptyBody');
  const isJson = (contentType ?? '').toLowerCase().includes('json') || text.startsWith('{') || text.startsWith('[');
  if (!isJson) return parseZammadEvent(parseQueryString(text, { plusIsSpace: true }));
  let decoded: unknown;
  try {
    decoded = JSON.parse(text);
  } catch {
    throw new CtiParseError('cti.errors.invalidJson');
  }
  return parseZammadEvent(decoded);
}
