import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';

const INTEGRATION = join(import.meta.dirname, '..');

/**
 * Tests of desk migrations written before the one-file-per-migration rule, under other names (paths under
 * tests/integration). Every later migration has its own file: db/migration-NNNN-<name>.test.ts. Do not add
 * to this list; give a new migration its own file.
 */
const TESTED_ELSEWHERE: Readonly<Record<number, string>> = {
  1: 'db/migrations-0001-0004.test.ts',
  2: 'db/migrations-0001-0004.test.ts',
  3: 'db/migrations-0001-0004.test.ts',
  4: 'db/migrations-0001-0004.test.ts',
  8: 'db/migration-search-index.test.ts',
  // 9 builds the index 8 made, on an existing file as it opens: the same test.
  9: 'db/migration-search-index.test.ts',
  10: 'security/retention.test.ts',
  11: 'team/team-queue.test.ts',
  19: 'db/complaint-due-at.test.ts',
};

const ownFile = (m: { version: number; name: string }) => `db/migration-${String(m.version).padStart(4, '0')}-${m.name}.test.ts`;

describe('desk migration tests', () => {
  it.each(MIGRATIONS.map((m) => [m.version, m.name, TESTED_ELSEWHERE[m.version] ?? ownFile(m)] as const))(
    'migration %i (%s) has a test: %s',
    (version, name, file) => {
      expect(existsSync(join(INTEGRATION, file)), `add tests/integration/${file}: migration ${version} on top of ${version - 1}, on a real file`).toBe(true);
      const text = readFileSync(join(INTEGRATION, file), 'utf8');
      // The test migrates a file step by step, and says which migration it is about.
      expect(text).toMatch(/migrate: \{ target|deskFileSteps\(\)/);
      if (!(version in TESTED_ELSEWHERE)) expect(text).toContain(`describe('migration ${version}: `);
      else expect(text.includes(`migration ${version}`) || text.includes(`'${name}'`) || version === 9).toBe(true);
    },
  );

  it('has no migration test file for a migration the index does not have', () => {
    const own = new Set(MIGRATIONS.map(ownFile));
    const files = readdirSync(join(INTEGRATION, 'db')).filter((f) => /^migration-\d{4}-.*\.test\.ts$/.test(f));
    expect(files.map((f) => `db/${f}`).filter((f) => !own.has(f))).toEqual([]);
  });

  it('lists elsewhere only migrations that exist, in files that exist', () => {
    const versions = new Set(MIGRATIONS.map((m) => m.version));
    for (const [version, file] of Object.entries(TESTED_ELSEWHERE)) {
      expect(versions.has(Number(version))).toBe(true);
      expect(existsSync(join(INTEGRATION, file))).toBe(true);
    }
  });
});
