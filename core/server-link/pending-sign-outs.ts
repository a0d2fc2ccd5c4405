import { z } from 'zod';
import type { SettingsStore } from '../settings';
import { readSetting } from '../settings';

const PENDING_KEY = 'serverPendingSignOuts';

/**
 * A sign-out the server has not confirmed yet (the desk was offline, or the server failed): the ended
 * session's tokens, kept only to revoke it on the next contact with the server — never to call anything
 * else, never logged, never sent to the renderer. The desk itself is signed out already.
 */
const PendingSignOutSchema = z.object({ employeeNo: z.string(), accessToken: z.string(), refreshToken: z.string() });
export type PendingSignOut = z.infer<typeof PendingSignOutSchema>;

/** A handful at most: a desk that stays offline for a long time keeps the latest ones (refresh tokens expire in 30 days anyway). */
const KEEP_AT_MOST = 20;

export function pendingSignOuts(settings: SettingsStore): PendingSignOut[] {
  return readSetting(settings, PENDING_KEY, z.array(PendingSignOutSchema), []);
}

export function rememberSignOut(settings: SettingsStore, signOut: PendingSignOut): void {
  const others = pendingSignOuts(settings).filter((p) => p.refreshToken !== signOut.refreshToken);
  settings.set(PENDING_KEY, [...others, signOut].slice(-KEEP_AT_MOST));
}

export function forgetSignOut(settings: SettingsStore, refreshToken: string): void {
  settings.set(
    PENDING_KEY,
    pendingSignOuts(settings).filter((p) => p.refreshToken !== refreshToken),
  );
}
