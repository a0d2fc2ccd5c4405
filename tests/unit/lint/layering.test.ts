import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = 'tests/fixtures/layering';

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
    fixture = cruise(FIXTURES);
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

  it('keeps every layer to its own packages: no UI or shell in core, no database or server in the page, only SQLite in db, no desk in the server', () => {
    const { output } = fixture;
    const violations = (rule: string) => [...output.matchAll(new RegExp(`${rule}: \\S+ → \\S*node_modules/((?:@[^/]+/)?[^/]+)/`, 'g'))].map((m) => m[1]).sort();
    expect(violations('core-has-no-shell-or-ui-packages')).toEqual(['antd', 'electron', 'react', 'react-dom']);
    expect(violations('renderer-has-no-database-server-or-shell-packages')).toEqual(['@electric-sql/pglite', 'better-sqlite3', 'electron', 'fastify', 'pg']);
    expect(output).toMatch(/no-node-in-shared-or-renderer: \S*renderer\/imports-database-packages\.ts → fs/);
    expect(violations('db-imports-only-sqlite-and-pure-packages')).toEqual(['electron', 'fastify', 'pg', 'react']);
    expect(violations('server-has-no-desk-packages')).toEqual(['antd', 'better-sqlite3', 'electron', 'electron-store', 'react']);
  });

  it('inside core, lets use cases call services but never the reverse', () => {
    const { output } = fixture;
    expect(output).toMatch(/core-services-never-call-use-cases: \S*core\/services\/imports-use-case\.ts → \S*core\/use-cases\//);
    expect(output).toMatch(/core-use-cases-never-import-their-callers: \S*core\/use-cases\/imports-cti\.ts → \S*core\/cti\//);
    // A driver (CTI events, the reminder clock) may call a use case.
    expect(output).not.toMatch(/: \S*core\/cti\/handle-call-event\.ts →/);
  });

  it('passes on the product code', () => {
    const { status, output } = cruise('shared', 'db', 'core', 'web', 'renderer', 'electron', 'server');
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  it('refuses shared/org importing anything but shared/domain', () => {
    const { status, output } = cruise(`${FIXTURES}/shared/org/imports-api.ts`);
    expect(status).not.toBe(0);
    expect(output).toContain('layering:shared/org');
  });

  it('refuses the server importing desk code, while it may use shared/org', () => {
    const { status, output } = cruise(`${FIXTURES}/server/start.ts`);
    expect(status).not.toBe(0);
    expect(output).toContain('layering:server');
    expect(output).toContain('server-imports-only-shared');
    expect(output).toMatch(/server\/start\.ts → .*db\/open-database\.ts/);
    expect(output).not.toMatch(/server\/start\.ts → .*shared\/org\/user\.ts/);
  });

  it('refuses a desk folder importing the server', () => {
    const { status, output } = cruise(`${FIXTURES}/web/imports-server.ts`);
    expect(status).not.toBe(0);
    expect(output).toContain('layering:web');
  });

  it('lets the desk folders import shared/org', () => {
    const { status, output } = cruise(`${FIXTURES}/db/imports-org.ts`);
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });
});
