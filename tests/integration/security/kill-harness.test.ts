import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { makeTempDir } from '../../support/temp-dir';

/** CI-sized by default (well under 30 s); `npm run test:soak` runs many more rounds. */
const SOAK = process.env.COMPLAINT_DESK_SOAK === '1';
const ROUNDS = SOAK ? 60 : 5;

let cleanup = () => {};
afterEach(() => cleanup());

/** Starts the writer, lets it work for a random while, then SIGKILLs it; returns the writes it acknowledged. */
function runAndKill(path: string): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'crash-writer.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    // Killed only once it is writing, at a random moment within its stream of commits.
    if (output === '') setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * 600);
    output += chunk.toString();
  });
  return new Promise((done) =>
    child.once('exit', () => done(output.split('\n').filter((line) => line.startsWith('ACK ')).map((line) => line.slice(4)))),
  );
}

describe('kill -9 at random points on the encrypted database', () => {
  it('loses no acknowledged write, keeps the file whole and the outbox intact', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    const acked: string[] = [];
    for (let round = 0; round < ROUNDS; round++) acked.push(...(await runAndKill(path)));

    const db = openDatabase(path, { key: TEST_DATABASE_KEY });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const version = db.prepare('SELECT version FROM complaints WHERE id = ?').pluck();
      const draft = db.prepare("SELECT json_extract(payload, '$.stamp') FROM drafts WHERE id = ?").pluck();
      let mutating = 0;
      for (const line of acked) {
        const [kind, id, value] = line.split(' ') as [string, string, string | undefined];
        if (kind === 'create') expect(version.get(id), line).toBeGreaterThanOrEqual(1);
        if (kind === 'advance') expect(version.get(id), line).toBeGreaterThanOrEqual(Number(value));
        if (kind === 'draft') expect(draft.get(id), line).toBeGreaterThanOrEqual(Number(value));
        if (kind !== 'draft') mutating++;
      }
      expect(acked.filter((l) => l.startsWith('create')).length).toBeGreaterThan(0);
      // Outbox: one mutation per committed change, numbered 1…N without a gap, each readable.
      const outbox = db.prepare('SELECT id, args FROM outbox ORDER BY id').all() as { id: number; args: string }[];
      expect(outbox.map((m) => m.id)).toEqual(outbox.map((_, i) => i + 1));
      expect(outbox.length).toBeGreaterThanOrEqual(mutating);
      const complaints = db.prepare('SELECT count(*) FROM complaints').pluck().get() as number;
      const creates = db.prepare("SELECT count(*) FROM outbox WHERE name = 'complaint.create'").pluck().get() as number;
      expect(creates).toBe(complaints);
    } finally {
      db.close();
    }
  }, SOAK ? 600_000 : 30_000);
});
