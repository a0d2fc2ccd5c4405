import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh token each run: only pages opened through the printed URL can call the desk. */
export function newSessionToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
