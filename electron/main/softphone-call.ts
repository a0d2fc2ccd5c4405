import type { CallEvent } from '../../shared/domain/cti/call-event';
import { parseCallArgv } from '../../shared/domain/cti/call-argv';
import { parseCallUrl } from '../../shared/domain/cti/call-url';
import { CtiParseError } from '../../shared/domain/cti/cti-parse-error';
import type { SoftphoneInput } from './softphone';
import { log } from '../../core/log';

/**
 * The call a softphone's URL or command line describes, or null when there is none or it is malformed
 * (logged: the softphone that sent it cannot be told, unlike over the CTI endpoint).
 */
export function softphoneCallEvent(...[kind, value]: Parameters<SoftphoneInput>): CallEvent | null {
  try {
    return kind === 'url' ? parseCallUrl(value) : parseCallArgv(value);
  } catch (error) {
    if (!(error instanceof CtiParseError)) throw error;
    log('warn', `[softphone] ignored a ${kind === 'url' ? 'URL' : 'command line'}: ${error.message}`);
    return null;
  }
}
