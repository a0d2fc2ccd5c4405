import type { CallEvent } from './call-event';
import { looksLikeCallerNumber, toCallEvent } from './call-event-schema';
import { isCallUrl, parseCallUrl } from './call-url';
import { CtiParseError } from './cti-parse-error';
import { MAX_ARGV_ITEM_LENGTH, MAX_ARGV_ITEMS } from './input-limits';

/**
 * The command line of a launch or of a second instance. MicroSIP's cmdIncomingCall runs the app with
 * the caller's number as the last argument; Windows hands a complaintdesk:// URL over the same way.
 * Electron/Chromium switches (--foo, --foo=bar) and the executable and app paths are not calls.
 * Returns null when the command line carries no call (an ordinary start).
 */
export function parseCallArgv(argv: readonly string[]): CallEvent | null {
  if (argv.length > MAX_ARGV_ITEMS || argv.some((arg) => arg.length > MAX_ARGV_ITEM_LENGTH)) {
    throw new CtiParseError('cti.errors.tooLong', 'argv');
  }
  const url = argv.find(isCallUrl);
  if (url !== undefined) return parseCallUrl(url);
  const last = argv.filter((arg) => !arg.startsWith('-')).at(-1)?.trim();
  if (last === undefined || !looksLikeCallerNumber(last)) return null;
  return toCallEvent({ event: 'newCall', direction: 'in', from: last }, { source: 'argv', callIdRequired: false });
}
