import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATABASE_KEY_BYTES, type DatabaseKey } from '../../db/database-key';
import { PRIVATE_FILE_MODE } from '../../db/file-modes';
import { isPlaintextDatabase } from '../../db/plaintext-database';
import type { KeyProtector } from './key-protector';
import { WrongPassphraseError } from './passphrase-protector';

export const KEY_FILE = 'desk.key.json';

const KeyEnvelope = z.object({ format: z.literal(1), backend: z.string().min(1), wrapped: z.base64() }).strict();

export type DatabaseKeyProblem = 'backendChanged' | 'unwrapFailed' | 'keyMissing' | 'keyFileDamaged';

/**
 * The desk cannot get its database key. The message says what happened and what to do; the
 * database was neither replaced nor deleted (its outbox may hold complaints not yet sent).
 */
export class DatabaseKeyUnavailableError extends Error {
  constructor(
    readonly problem: DatabaseKeyProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseKeyUnavailableError';
  }
}

const KEEP = 'The database was not changed or deleted: it may hold complaints not yet sent to the server.';

/**
 * The desk's database key: unwrapped from desk.key.json, or — only when there is no encrypted
 * database yet — made (32 random bytes), wrapped by the protector and written first (owner-only,
 * fsynced, atomic), so a database is never encrypted under a key that was not kept.
 */
export function loadOrCreateDatabaseKey(dataDir: string, databaseFile: string, protector: KeyProtector): { key: DatabaseKey; created: boolean } {
  const keyPath = join(dataDir, KEY_FILE);
  const databasePath = join(dataDir, databaseFile);
  if (!existsSync(keyPath)) {
    if (existsSync(databasePath) && statSync(databasePath).size > 0 && !isPlaintextDatabase(databasePath)) {
      throw new DatabaseKeyUnavailableError(
        'keyMissing',
        `[key] ${databasePath} is encrypted but its key file ${keyPath} is missing. Restore ${KEY_FILE} from where it was copied ` +
          `(or restore the data folder from a backup) and start again. ${KEEP}`,
      );
    }
    const key = randomBytes(DATABASE_KEY_BYTES);
    writeKeyFile(keyPath, { format: 1, backend: protector.backend, wrapped: protector.wrap(key).toString('base64') });
    return { key, created: true };
  }
  const parsed = KeyEnvelope.safeParse(readJson(keyPath));
  if (!parsed.success) {
    throw new DatabaseKeyUnavailableError('keyFileDamaged', `[key] ${keyPath} is damaged. Restore it from a backup of the data folder. ${KEEP}`);
  }
  const envelope = parsed.data;
  if (envelope.backend !== protector.backend) {
    throw new DatabaseKeyUnavailableError(
      'backendChanged',
      `[key] The database key was protected by "${envelope.backend}", but this start offers "${protector.backend}". ` +
        `Start Complaint Desk the way it was set up (the same OS account and keychain, or the same passphrase setting). ${KEEP}`,
    );
  }
  let key: Buffer;
  try {
    key = protector.unwrap(Buffer.from(envelope.wrapped, 'base64'));
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw error;
    throw new DatabaseKeyUnavailableError(
      'unwrapFailed',
      `[key] The database key could not be unlocked with "${envelope.backend}" (${(error as Error).message}). ` +
        `Sign in to the OS account that set up this desk, or restore its keychain. ${KEEP}`,
    );
  }
  if (key.length !== DATABASE_KEY_BYTES) {
    throw new DatabaseKeyUnavailableError('keyFileDamaged', `[key] ${keyPath} does not hold a ${DATABASE_KEY_BYTES}-byte key. ${KEEP}`);
  }
  return { key, created: false };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function writeKeyFile(path: string, envelope: z.infer<typeof KeyEnvelope>): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w', PRIVATE_FILE_MODE);
  try {
    writeSync(fd, JSON.stringify(envelope));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}
