import { loadOrCreateDatabaseKey } from '../core/security/database-key-store';
import { keyFileProtector } from '../core/security/key-file-protector';
import { passphraseProtector } from '../core/security/passphrase-protector';
import { DATABASE_FILE, type DatabaseKey } from '../core/desk';

export const PASSPHRASE_ENV = 'COMPLAINT_DESK_PASSPHRASE';

/**
 * Browser mode's database key: wrapped by a passphrase when COMPLAINT_DESK_PASSPHRASE is set (read once,
 * then removed from the environment so no child process inherits it), else kept in the owner-only key file.
 */
export function browserModeDatabaseKey(dataDir: string, env: NodeJS.ProcessEnv): DatabaseKey {
  const passphrase = env[PASSPHRASE_ENV];
  delete env[PASSPHRASE_ENV];
  const protector = passphrase ? passphraseProtector(passphrase) : keyFileProtector();
  return loadOrCreateDatabaseKey(dataDir, DATABASE_FILE, protector).key;
}
