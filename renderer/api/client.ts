import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import { httpTransport, takeSessionToken } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

/** A failed call, carrying the desk's error body (code, i18n key, field issues). */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.messageKey);
    this.name = 'ApiError';
  }
}

function chooseTransport(): Transport {
  if (window.complaintDesk) return ipcTransport(window.complaintDesk);
  return httpTransport(takeSessionToken(window.location, { tab: window.sessionStorage, origin: window.localStorage }, window.history));
}

let transport: Transport | null = null;
export function deskTransport(): Transport {
  transport ??= chooseTransport();
  return transport;
}

/** Typed from the contract: a renamed field breaks the build here too. */
export async function callDesk<C extends CallName>(call: C, input: CallInput<C>): Promise<CallOutput<C>> {
  const result = await deskTransport().invoke(call, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as CallOutput<C>;
}
