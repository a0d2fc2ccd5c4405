import { describe, expect, it } from 'vitest';
import { trainClassifier, type LabelledFeatures } from '../../../shared/domain/assist/classifier-model';
import { HELD_BACK_EVERY, MAX_HELD_BACK, scoreHeldBack, splitHeldBack } from '../../../shared/domain/assist/held-back';
import { DEFAULT_WATCH_LIST, MAX_WATCH_PHRASES } from '../../../shared/domain/assist/watch-list';
import { addWatchPhrase, removeWatchPhrase } from '../../../shared/domain/assist/watch-list-edit';

describe('an admin editing the watch list', () => {
  it('adds a phrase trimmed at the end, and removes one', () => {
    const added = addWatchPhrase(['律师'], '  央视 ');
    expect(added).toEqual({ ok: true, phrases: ['律师', '央视'] });
    expect(removeWatchPhrase(['律师', '央视', '记者'], '央视')).toEqual(['律师', '记者']);
  });

  it('refuses an empty, too long, repeated phrase or one too many, with its reason, and keeps the list', () => {
    const list = [...DEFAULT_WATCH_LIST];
    expect(addWatchPhrase(list, '   ')).toEqual({ ok: false, messageKey: 'assist.validation.watchList.phrase.required' });
    expect(addWatchPhrase(list, '律'.repeat(41))).toEqual({ ok: false, messageKey: 'assist.validation.watchList.phrase.tooLong' });
    expect(addWatchPhrase(list, ' 记者')).toEqual({ ok: false, messageKey: 'assist.validation.watchList.duplicate' });
    const full = Array.from({ length: MAX_WATCH_PHRASES }, (_, i) => `词${i}`);
    expect(addWatchPhrase(full, '再一个')).toEqual({ ok: false, messageKey: 'assist.validation.watchList.tooMany' });
    expect(list).toEqual(DEFAULT_WATCH_LIST);
    expect(addWatchPhrase(full.slice(1), '再一个').ok).toBe(true);
  });
});

describe('the held-back score of a training', () => {
  it('holds back every fifth example, spread over the list, at most a thousand', () => {
    const { learn, heldBack } = splitHeldBack(Array.from({ length: 23 }, (_, i) => i));
    expect(heldBack).toEqual([4, 9, 14, 19]);
    expect(learn).toHaveLength(19);
    const many = splitHeldBack(Array.from({ length: HELD_BACK_EVERY * (MAX_HELD_BACK + 10) }, (_, i) => i));
    expect(many.heldBack).toHaveLength(MAX_HELD_BACK);
    expect(many.learn.length + many.heldBack.length).toBe(HELD_BACK_EVERY * (MAX_HELD_BACK + 10));
  });

  it('counts the first suggestion right by type, and by type and subtype', () => {
    const example = (type: LabelledFeatures['type'], subtype: string, features: string[]): LabelledFeatures => ({ type, subtype, features });
    const model = trainClassifier(
      [example('claims_dispute', 'claim_too_slow', ['理赔', '到账']), example('claims_dispute', 'claim_amount', ['金额', '少赔']), example('contract_clause', 'misleading_sales', ['误导', '收益'])],
      { version: 0, trainedAt: '2026-12-08T00:00:00.000Z', source: 'organisation' },
    );
    const score = scoreHeldBack(model, [
      example('claims_dispute', 'claim_too_slow', ['到账']), // right
      example('claims_dispute', 'claim_too_slow', ['金额']), // right type, wrong subtype
      example('contract_clause', 'misleading_sales', ['到账']), // wrong
      example('contract_clause', 'misleading_sales', ['没见过']), // nothing known: wrong
    ]);
    expect(score).toEqual({ heldBack: 4, typeAccuracy: 0.5, subtypeAccuracy: 0.25 });
    expect(scoreHeldBack(model, [])).toBeNull();
  });
});
