import { createHash, randomBytes } from 'node:crypto';

/** Tokens are opaque random strings; only their SHA-256 is stored, so a database leak yields no usable token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newToken(kind: 'access' | 'refresh'): { token: string; hash: string } {
  const token = `${kind === 'access' ? 'cda' : 'cdr'}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}
