import type { Dispatch } from '../../core/dispatcher';
import { log } from '../../core/log';
import { WrongPassphraseError } from '../../core/security/passphrase-protector';
import { contract } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

/** What every call but desk.unlock gets while the database key waits for its passphrase. */
export function lockedAnswer(firstRun: boolean): ApiResult<never> {
  return { ok: false, error: { code: 'unauthenticated', messageKey: 'unlock.needed', params: { firstRun: firstRun ? 1 : 0 } } };
}

/**
 * The shell's answer to the page before the desk can open (Linux without a keychain): desk.unlock with
 * the passphrase runs `unlock` (which opens the desk); anything else says the desk is locked.
 */
export function createLockedDispatch(firstRun: boolean, unlock: (passphrase: string) => void): Dispatch {
  return async (call, input) => {
    if (call !== 'desk.unlock') return lockedAnswer(firstRun);
    const parsed = contract['desk.unlock'].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'validation', messageKey: 'errors.validation', issues: [{ path: ['passphrase'], messageKey: 'unlock.tooShort' }] } };
    }
    try {
      unlock(parsed.data.passphrase);
      return { ok: true, value: {} };
    } catch (error) {
      if (error instanceof WrongPassphraseError) return { ok: false, error: { code: 'unauthenticated', messageKey: 'unlock.wrong' } };
      log('error', '[main] the desk could not be unlocked', error);
      return { ok: false, error: { code: 'internal', messageKey: 'unlock.failed', params: { reason: (error as Error).message } } };
    }
  };
}
