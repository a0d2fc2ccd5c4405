import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { ProfileSchema, type Profile } from '../../shared/org/user';
import type { DeskContext } from '../context';
import { readSetting } from '../settings';

const OFFLINE_ACCOUNTS_KEY = 'offlineAccounts';

/** OWASP's minimum for Argon2id (m=19 MiB, t=2, p=1), as the server hashes; 2 is Argon2id in @node-rs/argon2. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const OfflineAccountSchema = z.object({
  /** Argon2id hash of the password that last signed in online; never the password itself. */
  verifier: z.string().startsWith('$argon2id$'),
  profile: ProfileSchema,
  lastOnlineAt: z.string(),
});
export type OfflineAccount = z.infer<typeof OfflineAccountSchema>;
const OfflineAccountsSchema = z.record(z.string(), OfflineAccountSchema);

const keyOf = (employeeNo: string) => employeeNo.trim().toUpperCase();

function readAll(ctx: DeskContext): Record<string, OfflineAccount> {
  return readSetting(ctx.settings, OFFLINE_ACCOUNTS_KEY, OfflineAccountsSchema, {});
}

export function offlineAccount(ctx: DeskContext, employeeNo: string): OfflineAccount | null {
  return readAll(ctx)[keyOf(employeeNo)] ?? null;
}

/** After an online sign-in: what lets the same person sign in here when the server cannot be reached. */
export async function rememberOfflineAccount(ctx: DeskContext, profile: Profile, password: string): Promise<void> {
  const verifier = await hash(password, ARGON2ID);
  ctx.settings.set(OFFLINE_ACCOUNTS_KEY, {
    ...readAll(ctx),
    [keyOf(profile.employeeNo)]: { verifier, profile, lastOnlineAt: ctx.clock().toISOString() },
  });
}

/** A deactivation or revoked session seen online: this person no longer signs in offline here. */
export function forgetOfflineAccount(ctx: DeskContext, employeeNo: string): void {
  const all = readAll(ctx);
  if (!(keyOf(employeeNo) in all)) return;
  delete all[keyOf(employeeNo)];
  ctx.settings.set(OFFLINE_ACCOUNTS_KEY, all);
}

export function forgetAllOfflineAccounts(ctx: DeskContext): void {
  ctx.settings.set(OFFLINE_ACCOUNTS_KEY, {});
}

export async function passwordMatches(account: OfflineAccount, password: string): Promise<boolean> {
  try {
    return await verify(account.verifier, password);
  } catch {
    return false;
  }
}
