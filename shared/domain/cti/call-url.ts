import type { CallEvent } from './call-event';
import { toCallEvent } from './call-event-schema';
import { CtiParseError } from './cti-parse-error';
import { MAX_CALL_URL_LENGTH } from './input-limits';
import { parseQueryString } from './query-string';

export const CALL_URL_SCHEME = 'complaintdesk';

/** complaintdesk://call?… , complaintdesk://call/?… or complaintdesk:call?… (how OSes pass it varies). */
const CALL_URL = /^complaintdesk:(?:\/\/)?call\/?(?:\?(.*))?$/i;

export function isCallUrl(text: string): boolean {
  return text.trimStart().slice(0, CALL_URL_SCHEME.length + 1).toLowerCase() === `${CALL_URL_SCHEME}:`;
}

/**
 * complaintdesk://call?from=<number>&callId=<id> — for softphones that can only open a URL on a call.
 * Any Zammad field may be given (event, to, direction, user, queue, cause, answeringNumber);
 * a bare URL means a new inbound call.
 */
export function parseCallUrl(url: string): CallEvent {
  if (url.length > MAX_CALL_URL_LENGTH) throw new CtiParseError('cti.errors.tooLong', 'url');
  const match = CALL_URL.exec(url.trim());
  if (!match) throw new CtiParseError('cti.errors.invalidUrl');
  const query = (match[1] ?? '').replace(/#.*$/, '');
  const fields = parseQueryString(query, { plusIsSpace: false });
  return toCallEvent({ event: 'newCall', direction: 'in', ...fields }, { source: 'url', callIdRequired: false });
}
