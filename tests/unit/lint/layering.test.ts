import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function cruise(...paths: string[]) {
  const result = spawnSync(resolve(ROOT, 'node_modules/.bin/depcruise'), ['--config', '.dependency-cruiser.cjs', ...paths], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Each cruise is a process that reads the whole tree: seconds on a busy two-core machine.
describe('the dependency rule', { timeout: 60_000 }, () => {
  let fixture: ReturnType<typeof cruise>;
  beforeAll(() => {
    fixture = cruise('tests/fixtures/layering');
  }, 60_000);

  it('fails on a deliberately bad fixture, naming each broken rule', () => {
    const { status, output } = fixture;
    expect(status).not.toBe(0);
    expect(output).toContain('layering:shared/domain');
    expect(output).toContain('no-node-in-shared-or-renderer');
    expect(output).toContain('features-are-independent');
  });

  it('keeps shared/ to the pure packages the config lists: never a database, server, shell or UI library', () => {
    const { status, output } = fixture;
    expect(status).not.toBe(0);
    for (const pkg of ['better-sqlite3', 'fastify', 'electron', 'react', 'pg']) {
      expect(output).toMatch(new RegExp(`shared-imports-only-pure-packages: \\S+ → \\S*node_modules/${pkg}/`));
    }
  });

  it('holds electron/common to shared/api, like the folders in the table', () => {
    const { status, output } = fixture;
    expect(status).not.toBe(0);
    expect(output).toContain('layering:electron/common');
  });

  it('lets nothing but core/record-change.ts open the complaint transaction', () => {
    const { status, output } = fixture;
    expect(status).not.toBe(0);
    expect(output).toContain('complaints-change-only-in-record-change');
  });

  it('passes on the product code', () => {
    const { status, output } = cruise('shared', 'db', 'core', 'web', 'renderer', 'electron');
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });
});
