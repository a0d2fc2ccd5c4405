import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseFromFutureError, migrate, schemaVersion } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations/index';
import { openDatabase } from '../../../db/open';
import { makeTempDir } from '../../support/temp-dir';

const LATEST = MIGRATIONS.at(-1)!.version;
let cleanup = () => {};
afterEach(() => cleanup());

function tempPath() {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  return { dir: temp.dir, path: join(temp.dir, 'desk.sqlite') };
}

describe('openDatabase', () => {
  it('sets WAL (checkpointed every 10,000 pages), synchronous=FULL, foreign keys and a busy timeout, and migrates to the latest version', () => {
    const { path } = tempPath();
    const db = openDatabase(path, { busyTimeoutMs: 1234 });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
    // Checkpoints every ≈ 40 MB of WAL, cut back to 64 MB after.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(64 * 1024 * 1024);
    expect(db.pragma('cache_size', { simple: true })).toBe(-64 * 1024);
    expect(schemaVersion(db)).toBe(LATEST);
    db.close();
  });

  it('refuses a database from a newer release with a clear error and leaves the file untouched', () => {
    const { path } = tempPath();
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${LATEST + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(DatabaseFromFutureError);
    expect(() => openDatabase(path)).toThrow(/newer release/);
    const check = new BetterSqlite3(path);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST + 1);
    check.close();
  });

  it('backs the file up before migrating an existing database, and not a brand-new one', () => {
    const { dir, path } = tempPath();
    openDatabase(path, { migrate: { target: 1 } }).close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
    openDatabase(path).close();
    const backups = readdirSync(dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^desk\.sqlite\.v1-.*\.bak$/);
    const copy = new BetterSqlite3(join(dir, backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });

  it('runs pending migrations in one transaction: a failing one leaves the version and schema as they were', () => {
    const { path } = tempPath();
    const db = openDatabase(path, { migrate: { target: 1 } });
    const broken = [
      ...MIGRATIONS.slice(0, 2),
      { version: 3, name: 'broken', up: (d: typeof db) => d.exec('CREATE TABLE nope (x INT) STRICT; INSERT INTO missing VALUES (1)') },
    ];
    expect(() => migrate(db, { migrations: broken })).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name IN ('complaint_events', 'nope')").get()).toEqual({ n: 0 });
    db.close();
    expect(existsSync(path)).toBe(true);
  });

  it('refuses a migration list that does not strictly increase', () => {
    const { path } = tempPath();
    const db = openDatabase(path, { migrate: false });
    expect(() => migrate(db, { migrations: [MIGRATIONS[1]!, MIGRATIONS[0]!] })).toThrow(/does not come after/);
    db.close();
  });
});
