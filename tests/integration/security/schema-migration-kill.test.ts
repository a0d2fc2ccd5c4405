import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations/index';
import { openDatabase } from '../../../db/open';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { generateComplaint, seededRandom } from '../../support/search-corpus';
import { makeTempDir } from '../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());

const OLD = 5;
const LATEST = MIGRATIONS.at(-1)!.version;
const ROWS = 4000;

/** An encrypted database at schema 5 with enough complaints that migration 6's backfill takes a while. */
function oldDatabase(path: string): void {
  const db = openDatabase(path, { key: TEST_DATABASE_KEY, migrate: { target: OLD } });
  const insert = db.prepare(
    `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, policy_number, complaint_type, complaint_subtype,
       received_at, created_at, updated_at, version, record) VALUES (?, ?, 'intake', 'open', '张伟', ?, '', 'claims_dispute', 'claim_amount', ?, ?, ?, 1, ?)`,
  );
  // Whole records: a later migration (the search index build) reads them.
  const rng = seededRandom(6);
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      const record = generateComplaint(rng, i);
      insert.run(record.id, record.number, `138 0013 ${String(i).padStart(4, '0')}`, '2026-11-25T02:00:00Z', '2026-11-25T02:00:00Z', '2026-11-25T02:00:00Z', JSON.stringify(record));
    }
  })();
  db.close();
}

function migrateAndKill(path: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'migrate-child.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 150));
  return new Promise((done) => child.once('exit', () => done()));
}

describe('kill -9 during a schema migration', () => {
  it('leaves the database at the old or the new version, never between, and the next start finishes it', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    for (let round = 0; round < 4; round++) {
      const path = join(temp.dir, `desk-${round}.sqlite`);
      oldDatabase(path);
      await migrateAndKill(path);
      const db = openDatabase(path, { key: TEST_DATABASE_KEY, migrate: false });
      const version = schemaVersion(db);
      expect([OLD, LATEST]).toContain(version);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const columns = (db.pragma('table_info(complaints)') as { name: string }[]).map((c) => c.name);
      expect(columns.includes('contact_phone_key')).toBe(version >= 6);
      if (version === LATEST) expect(db.prepare('SELECT count(*) FROM complaints WHERE contact_phone_key IS NULL').pluck().get()).toBe(0);
      db.close();

      const reopened = openDatabase(path, { key: TEST_DATABASE_KEY });
      expect(schemaVersion(reopened)).toBe(LATEST);
      expect(reopened.prepare('SELECT count(*) FROM complaints').pluck().get()).toBe(ROWS);
      reopened.close();
    }
  });
});
