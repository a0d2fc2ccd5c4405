import type { ApiErrorBody, FieldIssue } from '../../shared/api/errors';
import { DeskError } from '../desk-error';
import type { SettingsStore } from '../settings';
import { ServerUnreachable } from './http-request';
import { lastReachedAt } from './link-settings';
import { NotOurServer, ServerRefusal, type ServerErrorDetail } from './server-refusal';

/**
 * A server field code → the desk's i18n key: the shared schemas' keys (`validation.password.tooShort`)
 * are the desk's too; the server's own codes (`taken`, `not_found`) live under accounts.server.
 */
export function serverFieldMessageKey(code: string): string {
  if (code.startsWith('validation.')) return code;
  return /^[a-z_]+$/.test(code) ? `accounts.server.${code}` : 'accounts.server.invalid';
}

function fieldIssues(detail: ServerErrorDetail): FieldIssue[] | undefined {
  if (!detail.fields?.length) return undefined;
  return detail.fields.map((field) => ({
    path: field.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    messageKey: serverFieldMessageKey(field.code),
  }));
}

function fromRefusal(detail: ServerErrorDetail): ApiErrorBody {
  const issues = fieldIssues(detail);
  const withIssues = (body: ApiErrorBody): ApiErrorBody => (issues ? { ...body, issues } : body);
  switch (detail.code) {
    case 'validation':
      return withIssues({ code: 'validation', messageKey: 'errors.validation' });
    case 'unauthenticated':
      return { code: 'unauthenticated', messageKey: 'accounts.errors.signInOnlineAgain' };
    case 'deactivated':
      return { code: 'forbidden', messageKey: 'accounts.errors.deactivated' };
    case 'forbidden':
      return { code: 'forbidden', messageKey: 'accounts.errors.serverForbidden' };
    case 'not_found':
      return withIssues({ code: 'not_found', messageKey: 'accounts.errors.notFound' });
    case 'conflict':
      return withIssues({ code: 'conflict', messageKey: 'accounts.errors.conflict' });
    case 'rate_limited':
      return { code: 'refused', messageKey: 'accounts.errors.rateLimited', params: { seconds: detail.retryAfterSeconds ?? 60 } };
    default:
      return { code: 'internal', messageKey: 'accounts.errors.serverFailed' };
  }
}

/** What the person is told when a server call fails; anything that is not about the server is passed on. */
export function deskErrorFromServer(error: unknown, settings: SettingsStore): unknown {
  if (error instanceof ServerUnreachable) {
    return DeskError.of('offline', 'accounts.errors.offline', { lastReachedAt: lastReachedAt(settings) ?? '' });
  }
  if (error instanceof NotOurServer) return DeskError.of('refused', 'accounts.errors.notOurServer');
  if (error instanceof ServerRefusal) {
    if (error.status === 0) return DeskError.of('refused', 'accounts.errors.noServer');
    return new DeskError(fromRefusal(error.detail));
  }
  return error;
}

/** Runs a server call; its failure becomes the DeskError the person sees. */
export async function viaServer<T>(settings: SettingsStore, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw deskErrorFromServer(error, settings);
  }
}
