import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CTI_ERROR_KEYS } from '../../../shared/domain/cti/cti-parse-error';
import { HANGUP_CAUSES } from '../../../shared/domain/cti/call-event';
import { DEMAND_TAGS, EMOTION_TAGS, demandTagLabelKey, emotionTagLabelKey } from '../../../shared/domain/quick-tags';

const ROOT = resolve(import.meta.dirname, '../../..');
const load = (language: string) => JSON.parse(readFileSync(resolve(ROOT, `renderer/i18n/locales/${language}/calls.json`), 'utf8'));
const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);

describe.each(['zh-CN', 'en'])('the %s texts of calls.json', (language) => {
  const texts = load(language);
  const keys = [
    ...CTI_ERROR_KEYS,
    ...EMOTION_TAGS.map(emotionTagLabelKey),
    ...DEMAND_TAGS.map(demandTagLabelKey),
    ...HANGUP_CAUSES.map((cause) => `calls.cause.${cause}`),
    'calls.errors.callNotFound',
    'drafts.errors.notYours',
  ];

  it('has a text for every CTI error, tag and hang-up cause', () => {
    expect(keys.filter((key) => typeof lookup(texts, key) !== 'string')).toEqual([]);
  });
});
