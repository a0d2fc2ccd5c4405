import type { ApiErrorBody } from '../../shared/api/errors';
import { DeskError } from '../desk-error';
import { DownloadInterrupted, ServerUnreachable } from '../server-link/http-request';
import { NotOurServer, ServerRefusal } from '../server-link/server-refusal';

/** What an export's failure tells the person: an i18n key and its values. */
export type ExportFailure = Pick<ApiErrorBody, 'messageKey' | 'params'>;

/** The generic text, for a failure that says nothing more specific (a local disk error, a bug). */
export const EXPORT_FAILED: ExportFailure = { messageKey: 'reports.export.failed' };

const MAX_REASON_CHARS = 200;

/** The server's own words (English, for operators), kept short and on one line. */
function reasonOf(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > MAX_REASON_CHARS ? `${line.slice(0, MAX_REASON_CHARS - 1)}…` : line;
}

function fromRefusal(error: ServerRefusal): ExportFailure {
  if (error.status === 0) return { messageKey: 'reports.export.server.noServer' };
  const { code, message, retryAfterSeconds } = error.detail;
  switch (code) {
    case 'unauthenticated':
      return { messageKey: 'reports.export.server.notSignedIn' };
    case 'forbidden':
      return { messageKey: 'reports.export.server.forbidden' };
    case 'deactivated':
      return { messageKey: 'reports.export.server.deactivated' };
    case 'rate_limited':
      return { messageKey: 'reports.export.server.rateLimited', params: { seconds: retryAfterSeconds ?? 60 } };
    // Only a server without the export's route answers 404 to it.
    case 'not_found':
      return { messageKey: 'reports.export.server.notSupported' };
    case 'internal':
      return { messageKey: 'reports.export.server.failed', params: { status: error.status } };
    default:
      return error.status >= 500
        ? { messageKey: 'reports.export.server.failed', params: { status: error.status } }
        : { messageKey: 'reports.export.server.refused', params: { status: error.status, reason: reasonOf(message) } };
  }
}

/**
 * Why the server's all-branches export failed, as the admin is told it: not signed in to the server,
 * no permission there, the server unreachable (or slow, or untrusted), the transfer broken, or the
 * server's refusal with its status and reason. Anything else is the generic "export failed".
 */
export function serverExportFailure(error: unknown): ExportFailure {
  if (error instanceof ServerUnreachable) return { messageKey: `reports.export.server.${error.reason}` };
  if (error instanceof DownloadInterrupted) return { messageKey: 'reports.export.server.interrupted' };
  if (error instanceof ServerRefusal) return fromRefusal(error);
  // A proxy's error page (502/503/504 in HTML) is the server failing; anything else is a wrong address.
  if (error instanceof NotOurServer) {
    return error.status >= 500
      ? { messageKey: 'reports.export.server.failed', params: { status: error.status } }
      : { messageKey: 'reports.export.server.notOurServer', params: { status: error.status } };
  }
  if (error instanceof DeskError) return error.body.params ? { messageKey: error.body.messageKey, params: error.body.params } : { messageKey: error.body.messageKey };
  return EXPORT_FAILED;
}
