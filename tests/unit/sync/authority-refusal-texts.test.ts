import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SyncNoticeSchema } from '../../../shared/api/sync';
import { serverFieldMessageKey } from '../../../core/server-link/desk-error-from-server';
import { localeKeys, translator } from '../../support/locales';

const ROOT = join(import.meta.dirname, '../../..');

/** The field codes of the server's sync refusals (client id not the caller's, cursor past the feed), read from their source. */
function syncRefusalCodes(): string[] {
  const source = readFileSync(join(ROOT, 'server/sync/sync-refusals.ts'), 'utf8');
  return [...source.matchAll(/code: '([a-z_]+)'/g)].map((m) => m[1]!);
}

describe('the texts of the sync refusals and notices', () => {
  it('finds the refusal codes', () => {
    expect(syncRefusalCodes().sort()).toEqual(['bound_to_other_user', 'client_not_bound', 'cursor_ahead']);
  });

  it.each(['zh-CN', 'en'])('%s has a reason for every sync refusal code and a text for every sync notice', (language) => {
    const keys = localeKeys(language);
    expect(syncRefusalCodes().map(serverFieldMessageKey).filter((k) => !keys.has(k))).toEqual([]);
    expect(SyncNoticeSchema.shape.code.options.map((code) => `sync.notice.${code}`).filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('%s notice texts name the time', async (language) => {
    const t = await translator(language);
    for (const code of SyncNoticeSchema.shape.code.options) expect(t(`sync.notice.${code}`, { time: '09:30' })).toContain('09:30');
  });
});
