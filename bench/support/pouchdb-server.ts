import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnListening } from './spawn-listening';

/** express-pouchdb on LevelDB (pouchdb-server's HTTP layer) in its own process on loopback; see pouchdb-server-main.ts. */
export async function startPouchdbServer(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'pouchdb-server-'));
  const { child, url, exited } = await spawnListening('bench/support/pouchdb-server-main.ts', { args: [dir], tag: 'pouchdb' });
  return {
    url,
    async close() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
