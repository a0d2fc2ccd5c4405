import type { Database } from 'better-sqlite3';
import type { WritableDB } from './handles';
import { MIGRATIONS, type Migration } from './migrations/index';

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `[db] This database is at schema version ${fileVersion}, but this version of Complaint Desk only knows up to ${knownVersion}. ` +
        'It was opened by a newer release: update Complaint Desk, do not downgrade. The file was not changed.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export interface MigrateOptions {
  /** Up to which version (tests migrate to N-1, insert old rows, then to N). */
  target?: number;
  migrations?: readonly Migration[];
  /** Called with the version before migrating a database that already has data, so it can be copied first. */
  beforeMigrate?: (fromVersion: number) => void;
  /** Progress of long migrations (building the search index of an existing database). */
  onProgress?: (progress: { version: number; name: string; done: number; total: number }) => void;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration in one transaction and records the version in user_version. */
export function migrate(db: WritableDB, options: MigrateOptions = {}): { from: number; to: number } {
  const migrations = options.migrations ?? MIGRATIONS;
  assertStrictlyIncreasing(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const target = options.target ?? latest;
  const from = schemaVersion(db);
  if (from > latest) throw new DatabaseFromFutureError(from, latest);
  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from };
  if (from > 0) options.beforeMigrate?.(from);
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db, (done, total) => options.onProgress?.({ version: migration.version, name: migration.name, done, total }));
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return { from, to: schemaVersion(db) };
}

function assertStrictlyIncreasing(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && m.version <= previous.version) {
      throw new Error(`[db] Migration ${m.name} (${m.version}) does not come after ${previous.name} (${previous.version})`);
    }
  });
}
