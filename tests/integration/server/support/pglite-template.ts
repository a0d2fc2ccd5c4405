import { PGlite } from '@electric-sql/pglite';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../../..');
const pgliteVersion = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }
).version;
const TEMPLATE = join(tmpdir(), `complaint-desk-pglite-initdb-${pgliteVersion}`);

/**
 * A fresh PGlite data directory, copied from a cached empty one: PGlite's initdb takes seconds,
 * a copy a fraction of that. The template holds no schema, so every test still runs the migrations.
 */
export async function freshPgliteDir(): Promise<string> {
  if (!existsSync(TEMPLATE)) {
    const building = mkdtempSync(`${TEMPLATE}-building-`);
    const lite = await PGlite.create(building);
    await lite.close();
    try {
      renameSync(building, TEMPLATE);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another worker made it first
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-server-test-'));
  cpSync(TEMPLATE, dir, { recursive: true });
  return dir;
}
