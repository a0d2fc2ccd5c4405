import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function cruise(...paths: string[]) {
  const result = spawnSync(resolve(ROOT, 'node_modules/.bin/depcruise'), ['--config', '.dependency-cruiser.cjs', ...paths], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the dependency rule', () => {
  it('fails on a deliberately bad fixture, naming each broken rule', () => {
    const { status, output } = cruise('tests/fixtures/layering');
    expect(status).not.toBe(0);
    expect(output).toContain('layering:shared/domain');
    expect(output).toContain('no-node-in-shared-or-renderer');
    expect(output).toContain('features-are-independent');
  });

  it('passes on the product code', () => {
    const { status, output } = cruise('shared', 'db', 'core', 'web', 'renderer');
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });
});
