/**
 * What keeps the database key from being read off the disk: Electron's safeStorage (the OS keychain),
 * a passphrase, or (browser mode) nothing but the file's owner-only mode. `backend` is remembered
 * with the wrapped key, so a change of backend stops the desk instead of silently failing to unwrap.
 */
export interface KeyProtector {
  readonly backend: string;
  wrap(key: Buffer): Buffer;
  /** Throws when the wrapped key cannot be opened (another user's keychain, a wrong passphrase). */
  unwrap(wrapped: Buffer): Buffer;
}
