import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenKeys, mergeLocaleFiles } from '../../../renderer/i18n/merge-locales';
import type { AddressProblem } from '../../../core/server-link/server-address';
import type { UnreachableReason } from '../../../core/server-link/http-request';

const ROOT = resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('the accounts texts', () => {
  const locales = mergeLocaleFiles(
    Object.fromEntries(
      ['zh-CN', 'en'].map((language) => [`./locales/${language}/accounts.json`, JSON.parse(readFileSync(join(ROOT, 'renderer/i18n/locales', language, 'accounts.json'), 'utf8'))]),
    ),
  );
  const zh = new Set(flattenKeys(locales['zh-CN']!));
  const en = new Set(flattenKeys(locales.en!));

  it('exist in both languages for every accounts.* key in the code, and for the address problems built from codes', () => {
    const used = new Set<string>();
    for (const file of [...files(join(ROOT, 'core')), ...files(join(ROOT, 'renderer')), ...files(join(ROOT, 'shared'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`](accounts\.[A-Za-z0-9_.]+)['"`]/g)) {
        if (!match[1]!.endsWith('.')) used.add(match[1]!);
      }
    }
    const problems: (AddressProblem | UnreachableReason)[] = ['invalid', 'insecure', 'unreachable', 'timeout', 'certificate'];
    for (const problem of problems) used.add(`accounts.address.${problem}`);
    for (const code of ['taken', 'not_found', 'invalid']) used.add(`accounts.server.${code}`);
    expect([...used].filter((key) => !zh.has(key))).toEqual([]);
    expect([...used].filter((key) => !en.has(key))).toEqual([]);
    expect([...zh].filter((key) => !en.has(key))).toEqual([]);
  });
});
