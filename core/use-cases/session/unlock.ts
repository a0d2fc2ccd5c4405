import type { Agent } from '../../../shared/api/session';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { sessionState } from '../../services/current-agent';
import { offlineAccount, passwordMatches } from '../../services/offline-accounts';
import { signOut } from './sign-out';

/** Wrong passwords in a row before the lock gives up and signs the person out. */
export const MAX_UNLOCK_ATTEMPTS = 5;
let failedAttempts = 0;

/** Unlocks with the signed-in person's password, checked against the local verifier (works offline). */
export async function unlock(ctx: DeskContext, agent: Agent, password: string) {
  const account = offlineAccount(ctx, agent.id);
  if (!account) throw DeskError.of('refused', 'accounts.errors.unlockNeedsSignIn');
  if (!(await passwordMatches(account, password))) {
    failedAttempts += 1;
    if (failedAttempts >= MAX_UNLOCK_ATTEMPTS) {
      failedAttempts = 0;
      await signOut(ctx);
      throw DeskError.of('unauthenticated', 'accounts.errors.tooManyUnlockAttempts');
    }
    const messageKey = 'accounts.errors.wrongPassword';
    throw new DeskError({ code: 'refused', messageKey, issues: [{ path: ['password'], messageKey }] });
  }
  failedAttempts = 0;
  ctx.idleLock?.release();
  return sessionState(ctx);
}
