import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followClassifier } from '../../../core/sync/follow-classifier';
import { ORG_SETTINGS_KEY } from '../../../core/services/org-settings-cache';
import type { AssistAnalysis } from '../../../shared/api/assist';
import { trainClassifier } from '../../../shared/domain/assist/classifier-model';
import { DEFAULT_ORG_SETTINGS_INPUT } from '../../../shared/org/org-settings-schema';
import { makeTestDesk } from '../../support/desk';
import { valueOf, type TestDesk } from '../../support/workflow-desk';

const organisationModel = (version: number) =>
  trainClassifier([{ type: 'fraud', subtype: 'identity_misuse', features: ['养老金', '#养老'] }], {
    version,
    trainedAt: '2026-12-08T00:00:00.000Z',
    source: 'organisation',
  });

describe('a desk follows the organisation’s classifier', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeTestDesk();
  });
  afterEach(() => desk.close());

  const settingsNaming = (classifierVersion: number) =>
    desk.ctx.settings.set(ORG_SETTINGS_KEY, { version: 5, updatedAt: '2026-12-08T00:00:00.000Z', ...DEFAULT_ORG_SETTINGS_INPUT, classifierVersion });

  it('fetches a newer one once, then suggests with it; an older or equal one is not fetched', async () => {
    let fetched = 0;
    const transport = {
      push: () => Promise.reject(new Error('not used')),
      pull: () => Promise.reject(new Error('not used')),
      classifier: async () => (fetched++, organisationModel(2)),
    };
    const before = valueOf<AssistAnalysis>(await desk.dispatch('assist.analyse', { text: '养老金被人冒领了' }));
    expect(before.modelVersion).toBe(0);

    settingsNaming(2);
    await followClassifier(desk.ctx, transport);
    await followClassifier(desk.ctx, transport);
    expect(fetched).toBe(1);
    const after = valueOf<AssistAnalysis>(await desk.dispatch('assist.analyse', { text: '养老金被人冒领了' }));
    expect(after.modelVersion).toBe(2);
    expect(after.suggestions[0]).toMatchObject({ type: 'fraud', subtype: 'identity_misuse', confidence: 1 });
  });

  it('goes on when the fetch fails, and tries again next time', async () => {
    settingsNaming(3);
    let attempts = 0;
    const failing = { push: () => Promise.reject(new Error('x')), pull: () => Promise.reject(new Error('x')), classifier: () => (attempts++, Promise.reject(new Error('offline'))) };
    await followClassifier(desk.ctx, failing);
    await followClassifier(desk.ctx, failing);
    expect(attempts).toBe(2);
    expect(valueOf<AssistAnalysis>(await desk.dispatch('assist.analyse', { text: '理赔太慢' })).modelVersion).toBe(0);
  });
});
