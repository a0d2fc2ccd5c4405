import type { SafeStorage } from 'electron';
import { DATABASE_FILE, type DatabaseKey } from '../../core/desk';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_FILE, loadOrCreateDatabaseKey } from '../../core/security/database-key-store';
import type { KeyProtector } from '../../core/security/key-protector';
import { passphraseProtector } from '../../core/security/passphrase-protector';

export const PASSPHRASE_ENV = 'COMPLAINT_DESK_PASSPHRASE';

/** Linux without a keychain: safeStorage's basic_text backend encrypts with a fixed, public key. */
export class PassphraseNeededError extends Error {
  constructor() {
    super(
      '[key] This Linux session has no keychain (Electron safeStorage uses "basic_text", which is not encryption), ' +
        `so the database key needs a passphrase: start Complaint Desk with ${PASSPHRASE_ENV} set (at least 8 characters), ` +
        'or sign in to a desktop session with GNOME Keyring or KWallet.',
    );
    this.name = 'PassphraseNeededError';
  }
}

type Storage = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: SafeStorage['getSelectedStorageBackend'];
};

/**
 * The shell's key protector: the OS keychain through safeStorage (its backend name is remembered with
 * the wrapped key), or on Linux's basic_text backend a passphrase, since basic_text protects nothing.
 */
export function shellKeyProtector(storage: Storage, platform: NodeJS.Platform, passphrase: string | undefined): KeyProtector {
  const backend = platform === 'linux' ? (storage.getSelectedStorageBackend?.() ?? 'unknown') : platform;
  if (!storage.isEncryptionAvailable() || backend === 'basic_text' || backend === 'unknown') {
    if (!passphrase) throw new PassphraseNeededError();
    return passphraseProtector(passphrase, `passphrase (safeStorage ${backend})`);
  }
  return {
    backend: `safeStorage:${backend}`,
    wrap: (key) => storage.encryptString(key.toString('base64')),
    unwrap: (wrapped) => Buffer.from(storage.decryptString(wrapped), 'base64'),
  };
}

/** The database key for the shell's data folder; the passphrase variable is read once and removed. */
export function shellDatabaseKey(dataDir: string, storage: Storage, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): DatabaseKey {
  const passphrase = env[PASSPHRASE_ENV];
  delete env[PASSPHRASE_ENV];
  return loadOrCreateDatabaseKey(dataDir, DATABASE_FILE, shellKeyProtector(storage, platform, passphrase)).key;
}

/** Whether this data folder already has a wrapped key (otherwise the passphrase set now protects a new one). */
export function hasDatabaseKey(dataDir: string): boolean {
  return existsSync(join(dataDir, KEY_FILE));
}
