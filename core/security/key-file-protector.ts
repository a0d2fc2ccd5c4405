import type { KeyProtector } from './key-protector';

/**
 * Browser mode without a passphrase: the key lies as it is in the owner-only key file beside the
 * database. It keeps the data unreadable in a copy of desk.sqlite alone (a backup, a synced folder, a
 * file sent by mistake), not from anyone who can read the agent's whole data directory.
 */
export function keyFileProtector(): KeyProtector {
  return { backend: 'key-file', wrap: (key) => Buffer.from(key), unwrap: (wrapped) => Buffer.from(wrapped) };
}
