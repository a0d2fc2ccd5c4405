import { describe, expect, it } from 'vitest';
import { suggestTypes, trainClassifier, ClassifierModelSchema } from '../../../shared/domain/assist/classifier-model';
import { featuresOf } from '../../../shared/domain/assist/features';
import { rankSimilar } from '../../../shared/domain/assist/similar';
import { DEFAULT_WATCH_LIST, escalationRisk, WatchListSchema } from '../../../shared/domain/assist/watch-list';

describe('the escalation rule', () => {
  it('suggests the tag when any watched phrase was heard, naming each once in the order heard', () => {
    expect(escalationRisk([])).toEqual({ suggested: false, phrases: [] });
    expect(escalationRisk(['记者', '12378', '记者'])).toEqual({ suggested: true, phrases: ['记者', '12378'] });
  });

  it('accepts the default list and refuses an empty, too long or repeated phrase with its reason', () => {
    expect(WatchListSchema.safeParse(DEFAULT_WATCH_LIST).success).toBe(true);
    const reasons = (list: unknown) => WatchListSchema.safeParse(list).error?.issues.map((i) => i.message);
    expect(reasons([' '])).toEqual(['assist.validation.watchList.phrase.required']);
    expect(reasons(['律'.repeat(41)])).toEqual(['assist.validation.watchList.phrase.tooLong']);
    expect(reasons(['律师', '律师'])).toEqual(['assist.validation.watchList.duplicate']);
    expect(reasons(Array.from({ length: 301 }, (_, i) => `p${i}`))).toEqual(['assist.validation.watchList.tooMany']);
  });
});

describe('the features of a text', () => {
  it('keeps words and the character pairs of Chinese runs, drops punctuation, digits and stop words, each once', () => {
    expect(featuresOf(['我', '的', '理赔', '，', '理赔', '2026', 'APP', '太慢']).sort()).toEqual(['#我的', '#的理', '#理赔', '#太慢', 'app', '理赔', '太慢'].sort());
  });
});

describe('the naive Bayes classifier', () => {
  const model = trainClassifier(
    [
      { type: 'claims_dispute', subtype: 'claim_too_slow', features: ['理赔', '太慢', '到账'] },
      { type: 'claims_dispute', subtype: 'claim_too_slow', features: ['理赔', '拖延'] },
      { type: 'service_quality', subtype: 'poor_attitude', features: ['态度', '恶劣'] },
      { type: 'contract_clause', subtype: 'misleading_sales', features: ['收益', '误导'] },
    ],
    { version: 3, trainedAt: '2026-12-08T00:00:00.000Z', source: 'organisation' },
  );

  it('counts features per class into a model its schema accepts', () => {
    expect(ClassifierModelSchema.parse(model)).toEqual(model);
    expect(model.classes).toHaveLength(3);
    expect(model.vocabularySize).toBe(8);
    expect(model.classes[0]).toMatchObject({ subtype: 'claim_too_slow', examples: 2, total: 5, counts: { 理赔: 2 } });
  });

  it('ranks the classes by probability, the type summing its subtypes, confidences adding up to 1', () => {
    const ranked = suggestTypes(model, ['理赔', '太慢'], 5);
    expect(ranked[0]).toMatchObject({ type: 'claims_dispute', subtype: 'claim_too_slow' });
    expect(ranked[0]!.confidence).toBeGreaterThan(0.5);
    expect(ranked.reduce((sum, s) => sum + s.confidence, 0)).toBeCloseTo(1, 6);
    expect(suggestTypes(model, ['态度'], 1)).toMatchObject([{ type: 'service_quality', subtype: 'poor_attitude' }]);
  });

  it('suggests nothing when no word of the text is known to the model', () => {
    expect(suggestTypes(model, ['天气', '不错'])).toEqual([]);
    expect(suggestTypes({ ...model, classes: [] }, ['理赔'])).toEqual([]);
  });
});

describe('similar complaints', () => {
  const candidates = [
    { id: 'a', policyNumber: 'P-1', keywords: ['理赔', '拖延', '住院'] },
    { id: 'b', policyNumber: 'P-2', keywords: ['理赔', '拖延', '到账'] },
    { id: 'c', policyNumber: 'P-9', keywords: ['态度', '柜台'] },
    { id: 'self', policyNumber: 'P-9', keywords: ['理赔', '拖延', '到账'] },
  ];

  it('puts the same policy first, then by shared key terms, leaving out the unrelated and the complaint itself', () => {
    const ranked = rankSimilar({ id: 'self', policyNumber: 'P-1', keywords: ['理赔', '拖延', '到账'] }, candidates);
    expect(ranked.map((s) => s.id)).toEqual(['a', 'b']);
    expect(ranked[0]).toEqual({ id: 'a', samePolicy: true, overlap: 0.5 });
    expect(ranked[1]).toEqual({ id: 'b', samePolicy: false, overlap: 1 });
  });

  it('finds nothing for a text that shares nothing and names no policy', () => {
    expect(rankSimilar({ policyNumber: null, keywords: ['天气'] }, candidates)).toEqual([]);
  });
});
