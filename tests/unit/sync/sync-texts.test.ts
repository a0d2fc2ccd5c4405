import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUTATION_NAMES } from '../../../shared/sync/mutators';
import { localeKeys } from '../../support/locales';

const ROOT = join(import.meta.dirname, '../../..');

/** Every sync.refusal.* key the server and shared/ can send, found in the source. */
function refusalKeysInSource(): string[] {
  const keys = new Set<string>();
  for (const dir of ['shared', 'server/sync']) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: false }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      for (const match of readFileSync(join(ROOT, dir, file), 'utf8').matchAll(/'(sync\.refusal\.[A-Za-z]+)'/g)) keys.add(match[1]!);
    }
  }
  return [...keys];
}

describe('sync texts', () => {
  it.each(['zh-CN', 'en'])('%s names every mutation and every sync refusal', (language) => {
    const keys = localeKeys(language);
    const refusals = refusalKeysInSource();
    expect(refusals.length).toBeGreaterThanOrEqual(5);
    expect(refusals.filter((k) => !keys.has(k))).toEqual([]);
    expect(MUTATION_NAMES.map((n) => `sync.mutation.${n}`).filter((k) => !keys.has(k))).toEqual([]);
  });
});
