import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type MigrateOptions } from './migrate';

export interface OpenOptions {
  /** How long a writer waits for a lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** Skip migrations (for tests that migrate step by step). */
  migrate?: boolean | Omit<MigrateOptions, 'beforeMigrate'>;
  /** Progress of long migrations, e.g. building the search index of an existing database. */
  onMigrationProgress?: MigrateOptions['onProgress'];
}

/**
 * Opens the desk's SQLite file: WAL, synchronous=FULL (a committed intake survives kill -9 and power
 * loss; NORMAL may roll back the last commits in WAL mode), foreign keys on, a busy timeout, and the
 * schema migrated — with a copy of the file taken first whenever an existing database is migrated.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
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

/** VACUUM INTO writes a consistent copy synchronously, beside the file: desk.sqlite.v3-<time>.bak */
export function backupBeforeMigrating(db: Database, path: string, fromVersion: number): string | null {
  if (path === ':memory:') return null;
  const stamp = new Date().toISOString().replaceAll(':', '').replace(/\.\d+Z$/, 'Z');
  let target = `${path}.v${fromVersion}-${stamp}.bak`;
  for (let n = 1; existsSync(target); n++) target = `${path}.v${fromVersion}-${stamp}-${n}.bak`;
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
