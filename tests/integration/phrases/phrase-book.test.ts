import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PHRASE_BOOK, type PhraseBook } from '../../../shared/domain/suggested-phrases';
import { AGENT, makeTestDesk } from '../../support/desk';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => desk.close());

const edited: PhraseBook = {
  ...DEFAULT_PHRASE_BOOK,
  fraud: { 'zh-CN': ['  请您放心，我们会严格保密。 '], en: ['Rest assured, we keep this confidential.'] },
};

describe('suggested phrases', () => {
  it('start with defaults in zh-CN and English for every complaint type', async () => {
    desk = makeTestDesk();
    const result = await desk.dispatch('phrases.get', {});
    expect(result).toEqual({ ok: true, value: DEFAULT_PHRASE_BOOK });
    for (const lists of Object.values(DEFAULT_PHRASE_BOOK)) {
      expect(lists['zh-CN'].length).toBeGreaterThan(0);
      expect(lists.en.length).toBe(lists['zh-CN'].length);
    }
  });

  it('can be edited by an admin only, on the company server (tests/integration/accounts); the organisation\'s cached book is what everyone reads', async () => {
    desk = makeTestDesk();
    expect(await desk.dispatch('phrases.set', edited)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    desk.ctx.settings.set('signedInAgent', { ...AGENT, role: 'admin' });
    expect(await desk.dispatch('phrases.set', edited)).toMatchObject({ ok: false, error: { messageKey: 'accounts.errors.noServer' } });
    desk.ctx.settings.set('organisationSettings', {
      version: 3,
      updatedAt: '2026-11-30T00:00:00.000Z',
      deadlines: { standardDays: 15, complexDays: 30, extensionDays: 30 },
      phrases: { ...edited, fraud: { 'zh-CN': ['请您放心，我们会严格保密。'], en: ['Rest assured.'] } },
      taxonomy: { extraSubtypes: {} },
    });
    desk.ctx.settings.set('signedInAgent', AGENT);
    const result = await desk.dispatch('phrases.get', {});
    expect(result).toMatchObject({ ok: true, value: { fraud: { 'zh-CN': ['请您放心，我们会严格保密。'] } } });
  });

  it('refuse empty, over-long or missing lists', async () => {
    desk = makeTestDesk({ agent: { ...AGENT, role: 'admin' } });
    const tooLong = { ...edited, fraud: { 'zh-CN': ['长'.repeat(201)], en: [''] } };
    const result = await desk.dispatch('phrases.set', tooLong);
    expect(result).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: ['fraud', 'zh-CN', 0], messageKey: 'validation.phrases.tooLong' },
          { path: ['fraud', 'en', 0], messageKey: 'validation.phrases.empty' },
        ],
      },
    });
    const { fraud: _fraud, ...missing } = edited;
    expect((await desk.dispatch('phrases.set', missing)).ok).toBe(false);
  });
});
