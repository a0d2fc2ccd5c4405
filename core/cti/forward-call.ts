import type { CallRecord } from '../../shared/api/calls';
import { parseCallArgv } from '../../shared/domain/cti/call-argv';
import { parseCallUrl } from '../../shared/domain/cti/call-url';
import type { DeskContext } from '../context';
import { handleCallEvent } from './handle-call-event';

/**
 * A complaintdesk://call?… URL the OS handed to the app (open-url on macOS, the command line or
 * second-instance on Windows and Linux). Throws CtiParseError for a malformed URL; nothing is written then.
 */
export function handleCallUrl(ctx: DeskContext, url: string): CallRecord {
  return handleCallEvent(ctx, parseCallUrl(url));
}

/**
 * A command line (process.argv at launch, or the argv of 'second-instance'): MicroSIP's
 * cmdIncomingCall passes the caller's number last. Returns null when it carries no call.
 */
export function handleCallArgv(ctx: DeskContext, argv: readonly string[]): CallRecord | null {
  const event = parseCallArgv(argv);
  return event ? handleCallEvent(ctx, event) : null;
}
