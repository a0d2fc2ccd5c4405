/** The 32 random bytes the desk's SQLite file is encrypted with (SQLCipher-compatible, via PRAGMA key). */
export type DatabaseKey = Buffer;

export const DATABASE_KEY_BYTES = 32;

/** The key as SQLite's raw-key literal: x'<64 hex digits>' skips SQLCipher's own passphrase derivation. */
export function rawKeyPragma(key: DatabaseKey): string {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error(`[db] a database key has ${DATABASE_KEY_BYTES} bytes, got ${key.length}`);
  return `"x'${key.toString('hex')}'"`;
}

/** The file's first 16 bytes say whether it is an unencrypted SQLite database (encrypted pages look random). */
export const PLAINTEXT_HEADER = 'SQLite format 3\u0000';
