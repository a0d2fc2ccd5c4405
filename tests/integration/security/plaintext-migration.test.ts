import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { isPlaintextDatabase } from '../../../db/plaintext-database';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { countRows, valueOf } from '../../support/results';
import { makeTestDesk, validIntake } from '../../support/desk';

const NAME = '上官婉清';
let desk: ReturnType<typeof makeTestDesk> | null = null;
afterEach(() => {
  desk?.close();
  desk = null;
});

/** A plaintext desk as releases before encryption left it. */
async function plaintextDesk(complaints: number) {
  desk = makeTestDesk();
  for (let i = 0; i < complaints; i++) valueOf(await desk.dispatch('complaints.create', validIntake({ customerName: NAME })));
  desk.db.close();
  return { dir: desk.dir, path: join(desk.dir, 'desk.sqlite') };
}

function runChild(path: string, killAt: string): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'encrypt-child.ts'), path, killAt], { stdio: 'ignore' });
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

function expectNoPlaintext(dir: string) {
  for (const name of readdirSync(dir)) {
    expect(readFileSync(join(dir, name)).includes(Buffer.from(NAME)), name).toBe(false);
  }
}

describe('a plaintext database from an earlier release', () => {
  it('is encrypted once on the first open with a key, with an encrypted backup, and keeps every row', async () => {
    const { dir, path } = await plaintextDesk(5);
    expect(isPlaintextDatabase(path)).toBe(true);

    const db = openDatabase(path, { key: TEST_DATABASE_KEY });
    expect(countRows(db, 'complaints')).toBe(5);
    db.close();
    expect(isPlaintextDatabase(path)).toBe(false);
    const backups = readdirSync(dir).filter((n) => n.includes('.plaintext-') && n.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const backup = openDatabase(join(dir, backups[0]!), { key: TEST_DATABASE_KEY, migrate: false });
    expect(countRows(backup, 'complaints')).toBe(5);
    backup.close();
    expectNoPlaintext(dir);

    openDatabase(path, { key: TEST_DATABASE_KEY }).close();
    expect(readdirSync(dir).filter((n) => n.includes('.plaintext-'))).toHaveLength(1);
  });

  it.each(['afterCopy', 'beforeRename'])('killed at %s, starts at the old state and finishes on the next open', async (killAt) => {
    const { path } = await plaintextDesk(3);
    expect(await runChild(path, killAt)).toBe(null);
    expect(isPlaintextDatabase(path)).toBe(true);
    const db = openDatabase(path, { key: TEST_DATABASE_KEY });
    expect(countRows(db, 'complaints')).toBe(3);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expectNoPlaintext(desk!.dir);
  });

  it('killed at a random moment, is at the old or the new state, never half-way', async () => {
    const { path } = await plaintextDesk(1500);
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'encrypt-child.ts'), path, 'none'], { stdio: ['ignore', 'pipe', 'ignore'] });
      const exited = new Promise((done) => child.once('exit', done));
      // Killed somewhere inside the encryption (it takes some tens of milliseconds for this file).
      child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 60));
      await exited;
      const plain = isPlaintextDatabase(path);
      const db = openDatabase(path, plain ? { migrate: false } : { key: TEST_DATABASE_KEY, migrate: false });
      expect(countRows(db, 'complaints')).toBe(1500);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      if (!plain) break;
    }
    const db = openDatabase(path, { key: TEST_DATABASE_KEY });
    expect(countRows(db, 'complaints')).toBe(1500);
    db.close();
  });
});
