import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseKeyUnavailableError, KEY_FILE, loadOrCreateDatabaseKey } from '../../../core/security/database-key-store';
import { keyFileProtector } from '../../../core/security/key-file-protector';
import { passphraseProtector, WrongPassphraseError } from '../../../core/security/passphrase-protector';
import { openDatabase } from '../../../db/open';
import { makeTempDir } from '../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());
function dataDir() {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  return temp.dir;
}
const DB = 'desk.sqlite';

describe('the database key', () => {
  it('is made once, kept owner-only, and the same on every later start', () => {
    const dir = dataDir();
    const first = loadOrCreateDatabaseKey(dir, DB, keyFileProtector());
    expect(first.created).toBe(true);
    expect(first.key).toHaveLength(32);
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    const again = loadOrCreateDatabaseKey(dir, DB, keyFileProtector());
    expect(again).toEqual({ key: first.key, created: false });
  });

  it('wrapped by a passphrase, is not in the key file and opens only with that passphrase', () => {
    const dir = dataDir();
    const { key } = loadOrCreateDatabaseKey(dir, DB, passphraseProtector('correct horse battery'));
    expect(readFileSync(join(dir, KEY_FILE), 'utf8')).not.toContain(key.toString('base64'));
    expect(loadOrCreateDatabaseKey(dir, DB, passphraseProtector('correct horse battery')).key).toEqual(key);
    expect(() => loadOrCreateDatabaseKey(dir, DB, passphraseProtector('wrong horse battery'))).toThrow(WrongPassphraseError);
    expect(() => passphraseProtector('short')).toThrow(/at least 8/);
  });

  it('stops with what to do when the backend changed, and changes nothing', () => {
    const dir = dataDir();
    loadOrCreateDatabaseKey(dir, DB, passphraseProtector('correct horse battery'));
    const before = readFileSync(join(dir, KEY_FILE));
    const error = catchError(() => loadOrCreateDatabaseKey(dir, DB, keyFileProtector()));
    expect(error).toMatchObject({ problem: 'backendChanged' });
    expect(error.message).toMatch(/"passphrase".*"key-file".*not changed or deleted/s);
    expect(readFileSync(join(dir, KEY_FILE))).toEqual(before);
  });

  it('stops when the keychain cannot unwrap it', () => {
    const dir = dataDir();
    const keychain = { backend: 'safeStorage:gnome_libsecret', wrap: (k: Buffer) => k, unwrap: () => { throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'); } };
    loadOrCreateDatabaseKey(dir, DB, keychain);
    expect(catchError(() => loadOrCreateDatabaseKey(dir, DB, keychain))).toMatchObject({ problem: 'unwrapFailed' });
  });

  it('never makes a new key for an encrypted database whose key file is gone, nor deletes the database', () => {
    const dir = dataDir();
    const { key } = loadOrCreateDatabaseKey(dir, DB, keyFileProtector());
    openDatabase(join(dir, DB), { key }).close();
    writeFileSync(join(dir, KEY_FILE), 'not json');
    expect(catchError(() => loadOrCreateDatabaseKey(dir, DB, keyFileProtector()))).toMatchObject({ problem: 'keyFileDamaged' });
    rmSync(join(dir, KEY_FILE));
    expect(catchError(() => loadOrCreateDatabaseKey(dir, DB, keyFileProtector()))).toMatchObject({ problem: 'keyMissing' });
    expect(existsSync(join(dir, KEY_FILE))).toBe(false);
    expect(existsSync(join(dir, DB))).toBe(true);
  });
});

function catchError(run: () => unknown): DatabaseKeyUnavailableError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatabaseKeyUnavailableError) return error;
    throw error;
  }
  throw new Error('expected the key to be refused');
}
