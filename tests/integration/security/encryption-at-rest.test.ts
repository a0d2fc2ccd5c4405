import BetterSqlite3 from 'better-sqlite3';
import Conf from 'conf';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../../core/desk';
import { DatabaseKeyError, openDatabase } from '../../../db/open';
import { AGENT, validIntake } from '../../support/desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { valueOf } from '../../support/results';
import { makeTempDir } from '../../support/temp-dir';

const NAME = '欧阳秀珍';
const PHONE = '13912345678';
const POLICY = 'PX7781234455';
const DRAFT_TEXT = '草稿里写了客户的家庭住址幸福路八号';

let cleanup = () => {};
let desk: Desk | null = null;
afterEach(() => {
  desk?.close();
  desk = null;
  cleanup();
});

function start(dataDir: string): Desk {
  const settings = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'complaint-desk', configFileMode: 0o600 });
  settings.set('signedInAgent', AGENT);
  return openDesk({ dataDir, settings, key: TEST_DATABASE_KEY });
}

/** Every file under dir, read whole. */
function filesIn(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

describe('the desk at rest', () => {
  it('leaves no customer name, phone, policy number or discarded draft in any file of the data directory', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const dataDir = join(temp.dir, 'data');
    desk = start(dataDir);
    for (let i = 0; i < 20; i++) {
      valueOf(await desk.dispatch('complaints.create', validIntake({ customerName: NAME, contactPhone: PHONE, policyNumber: POLICY })));
    }
    const draftId = '6f1c2d3e-0000-4000-8000-0000000000aa';
    valueOf(await desk.dispatch('drafts.save', { id: draftId, payload: { description: DRAFT_TEXT } }));
    valueOf(await desk.dispatch('drafts.discard', { id: draftId }));
    // Looked at while the WAL still holds the last writes, and again after the checkpoint on close.
    const whileOpen = filesIn(dataDir);
    expect(whileOpen.map((f) => f.path).some((p) => p.endsWith('-wal'))).toBe(true);
    desk.close();
    desk = null;
    for (const { path, bytes } of [...whileOpen, ...filesIn(dataDir)]) {
      for (const secret of [NAME, PHONE, POLICY, DRAFT_TEXT]) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${path}`).toBe(false);
      }
    }
  });

  it('keeps the data directory and every file in it to the owner (0700 / 0600) whatever the umask', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const dataDir = join(temp.dir, 'data');
    const umask = process.umask(0o022);
    try {
      desk = start(dataDir);
      valueOf(await desk.dispatch('complaints.create', validIntake()));
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      for (const { path } of filesIn(dataDir)) expect(statSync(path).mode & 0o777, path).toBe(0o600);
    } finally {
      process.umask(umask);
    }
  });

  it('opens only with its key', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    openDatabase(path, { key: TEST_DATABASE_KEY }).close();
    expect(() => openDatabase(path, { key: Buffer.alloc(32, 1) })).toThrow(DatabaseKeyError);
    expect(() => new BetterSqlite3(path).prepare('SELECT * FROM complaints').all()).toThrow(/not a database/);
    const db = openDatabase(path, { key: TEST_DATABASE_KEY });
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });
});
