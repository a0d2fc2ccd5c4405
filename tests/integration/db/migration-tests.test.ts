import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';

/**
 * Every desk migration in db/migrations/index.ts has a test: its own file, db/migration-NNNN-<name>.test.ts
 * under tests/integration, that takes a real SQLite file to the version before, writes to it as the desk did
 * then, migrates it and checks what the migration creates or changes (see tests/support/desk-migrations.ts).
 * A migration added without one fails here.
 */
const INTEGRATION = join(import.meta.dirname, '..');

/**
 * Migrations whose tests were written before that rule, under other names (paths under tests/integration).
 * Closed: a migration after these has its own file.
 */
const TESTED_ELSEWHERE: Readonly<Record<number, string>> = {
  1: 'db/migrations-0001-0004.test.ts',
  2: 'db/migrations-0001-0004.test.ts',
  3: 'db/migrations-0001-0004.test.ts',
  4: 'db/migrations-0001-0004.test.ts',
  8: 'db/migration-search-index.test.ts',
  // 9 builds the index 8 made, over the complaints of an existing file as it opens: the same test.
  9: 'db/migration-search-index.test.ts',
  10: 'security/retention.test.ts',
  11: 'team/team-queue.test.ts',
  19: 'db/complaint-due-at.test.ts',
};
const LAST_TESTED_ELSEWHERE = 19;

const ownFile = (m: { version: number; name: string }) => `db/migration-${String(m.version).padStart(4, '0')}-${m.name}.test.ts`;

describe('desk migration tests', () => {
  it.each(MIGRATIONS.map((m) => [m.version, m.name, TESTED_ELSEWHERE[m.version] ?? ownFile(m)] as const))(
    'migration %i (%s) is tested in %s',
    (version, _name, file) => {
      const path = join(INTEGRATION, file);
      expect(existsSync(path), `add tests/integration/${file}: migration ${version} over a file at the version before it`).toBe(true);
      const text = readFileSync(path, 'utf8');
      // It migrates a file step by step ...
      expect(text).toMatch(/migrate: \{ target|deskFileSteps\(\)/);
      // ... and, in a file of its own, says which migration it is about.
      if (!(version in TESTED_ELSEWHERE)) expect(text).toMatch(new RegExp(`describe\\(\\s*['"\`]migration ${version}\\b`));
    },
  );

  it('has no migration test named for a migration the index does not have', () => {
    const own = new Set(MIGRATIONS.map(ownFile));
    const files = readdirSync(join(INTEGRATION, 'db')).filter((f) => /^migration-\d{4}-.*\.test\.ts$/.test(f));
    expect(files.map((f) => `db/${f}`).filter((f) => !own.has(f))).toEqual([]);
  });

  it('lists elsewhere only migrations of before the rule', () => {
    const versions = new Set(MIGRATIONS.map((m) => m.version));
    for (const version of Object.keys(TESTED_ELSEWHERE).map(Number)) {
      expect(versions.has(version)).toBe(true);
      expect(version).toBeLessThanOrEqual(LAST_TESTED_ELSEWHERE);
    }
  });
});
