import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { WritableDB } from './handles';
import { dirname } from 'node:path';
import { rawKeyPragma, type DatabaseKey } from './database-key';
import { ensurePrivateDatabaseFiles, ensurePrivateFile } from './file-modes';
import { migrate, type MigrateOptions } from './migrate';
import { encryptPlaintextBackups, encryptPlaintextDatabase, encryptingPath, isPlaintextDatabase } from './plaintext-database';

export interface OpenOptions {
  /** How long a writer waits for a lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** Skip migrations (for tests that migrate step by step). */
  migrate?: boolean | Omit<MigrateOptions, 'beforeMigrate'>;
  /** Progress of long migrations, e.g. building the search index of an existing database. */
  onMigrationProgress?: MigrateOptions['onProgress'];
  /**
   * The 32-byte key the file is encrypted with. A plaintext file opened with a key is encrypted first
   * (once, with a backup). Without a key the file is plaintext: only for tools and old tests.
   */
  key?: DatabaseKey;
}

/** The key does not open the file: a wrong key, or not a desk database. Nothing was changed. */
export class DatabaseKeyError extends Error {
  constructor(readonly path: string) {
    super(`[db] ${path} cannot be read with this key (a different key, or not a Complaint Desk database). The file was not changed.`);
    this.name = 'DatabaseKeyError';
  }
}

const WAL_CHECKPOINT_PAGES = 10_000;
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;
const PAGE_CACHE_KIB = 64 * 1024;

/**
 * Opens the desk's SQLite file: encrypted with the key when one is given, WAL, synchronous=FULL (a
 * committed intake survives kill -9 and power loss; NORMAL may roll back the last commits in WAL mode),
 * secure_delete (a discarded draft's text is overwritten, not left in free pages), foreign keys on, a
 * busy timeout, owner-only file modes, and the schema migrated — with a copy of the file taken first
 * whenever an existing database is migrated.
 */
export function openDatabase(path: string, options: OpenOptions = {}): WritableDB {
  const onDisk = path !== ':memory:';
  if (onDisk) {
    mkdirSync(dirname(path), { recursive: true });
    if (options.key) encryptIfPlaintext(path, options.key);
    ensurePrivateFile(path, true);
    ensurePrivateDatabaseFiles(path);
  }
  const db = new BetterSqlite3(path) as WritableDB;
  try {
    if (options.key) unlock(db, path, options.key);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Checkpoint every ≈ 40 MB of WAL instead of 4 MB: pages rewritten by commit after commit (index and
    // search index interiors) are copied into the file — decrypted and encrypted again — once, not every few
    // commits; a first sync of 50k complaints spent 17 % less. The file is cut back to 64 MB after a checkpoint.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    // Up to 64 MB of pages held decrypted (SQLite's default is 2 MB): the random-key indexes (complaint and
    // event ids, search keys) outgrow 2 MB at tens of thousands of complaints, and every page read again is decrypted again.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (options.migrate !== false) {
      const migrateOptions = typeof options.migrate === 'object' ? options.migrate : {};
      migrate(db, { onProgress: options.onMigrationProgress, ...migrateOptions, beforeMigrate: (from) => backupBeforeMigrating(db, path, from) });
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function encryptIfPlaintext(path: string, key: DatabaseKey): void {
  if (isPlaintextDatabase(path)) {
    encryptPlaintextDatabase(path, key);
    console.info(`[db] ${path} was plaintext and is now encrypted (an encrypted backup was kept beside it)`);
  }
  // An encryption killed before its rename leaves its copy; the database itself is whole either way.
  for (const suffix of ['', '-journal']) rmSync(`${encryptingPath(path)}${suffix}`, { force: true });
  encryptPlaintextBackups(path, key);
}

function unlock(db: Database, path: string, key: DatabaseKey): void {
  db.pragma(`key = ${rawKeyPragma(key)}`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new DatabaseKeyError(path);
    throw error;
  }
}

/** VACUUM INTO writes a consistent copy synchronously, beside the file (encrypted with the same key): desk.sqlite.v3-<time>.bak */
export function backupBeforeMigrating(db: Database, path: string, fromVersion: number): string | null {
  if (path === ':memory:') return null;
  const stamp = new Date().toISOString().replaceAll(':', '').replace(/\.\d+Z$/, 'Z');
  let target = `${path}.v${fromVersion}-${stamp}.bak`;
  for (let n = 1; existsSync(target); n++) target = `${path}.v${fromVersion}-${stamp}-${n}.bak`;
  ensurePrivateFile(target, true);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
