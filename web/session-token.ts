import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { SettingsStore } from '../core/settings';

const TOKEN_KEY = 'webHost.sessionToken';
const MIN_LENGTH = 32;

/** 24 random bytes: only pages opened through the desk's address can call the desk. */
export function newSessionToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The session token, kept in the (owner-only) settings so a bookmarked desk keeps working across
 * restarts; `renew` replaces it (npm run web -- --new-token), which signs every open tab out.
 */
export function persistentSessionToken(settings: SettingsStore, renew = false): string {
  const kept = settings.get(TOKEN_KEY);
  if (!renew && typeof kept === 'string' && kept.length >= MIN_LENGTH) return kept;
  const token = newSessionToken();
  settings.set(TOKEN_KEY, token);
  return token;
}

export function tokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
