import { describe, expect, it } from 'vitest';
import { analyseDescription } from '../../../assist/analyse';
import { classify, startingModel } from '../../../assist/classifier';
import { keywordsOf } from '../../../assist/keywords';
import { readLabelledTexts, readStartingExamples } from '../../../assist/training-examples';
import { WatchListMatcher, matcherFor } from '../../../assist/watch-list-matcher';
import { ClassifierModelSchema } from '../../../shared/domain/assist/classifier-model';
import { DEFAULT_WATCH_LIST } from '../../../shared/domain/assist/watch-list';
import { timeMs } from '../../../bench/stats';

describe('the watch-list matcher', () => {
  it('finds every watched phrase in the text, overlapping ones too, letters in any case', () => {
    const matcher = new WatchListMatcher(['律师', '律师函', '12378', 'CCTV']);
    expect(matcher.matches('我已经请了律师发律师函，还要打12378，让cctv来')).toEqual(['律师', '律师', '律师函', '12378', 'cctv']);
    expect(matcher.risk('我要打12378投诉你们').phrases).toEqual(['12378']);
    expect(matcher.risk('理赔太慢了').suggested).toBe(false);
    expect(new WatchListMatcher([]).matches('律师')).toEqual([]);
  });

  it('takes time linear in the text whatever the number of phrases (one pass, Aho–Corasick)', () => {
    const many = new WatchListMatcher(Array.from({ length: 300 }, (_, i) => `监测词${i}号`));
    const few = new WatchListMatcher(['监测词1号']);
    const text = '客户反映理赔拖延，'.repeat(2_000);
    many.matches(text);
    few.matches(text);
    const ratio = Math.min(...[0, 1, 2].map(() => timeMs(() => many.matches(text)))) / Math.min(...[0, 1, 2].map(() => timeMs(() => few.matches(text))));
    expect(ratio).toBeLessThan(5);
  });

  it('builds a new automaton only when the list changes', () => {
    expect(matcherFor(DEFAULT_WATCH_LIST)).toBe(matcherFor([...DEFAULT_WATCH_LIST]));
    expect(matcherFor(['律师'])).not.toBe(matcherFor(DEFAULT_WATCH_LIST));
  });
});

describe('key terms', () => {
  it('ranks the description’s terms by TF-IDF, leaving out digits and filler', () => {
    const words = keywordsOf('客户反映理赔申请提交三个月了，理赔款还没到账，医院发票都交了。').map((k) => k.keyword);
    expect(words).toContain('理赔');
    expect(words).not.toContain('客户');
    expect(keywordsOf('  ')).toEqual([]);
  });
});

describe('the starting model', () => {
  it('is built from the shipped examples, every one labelled with a known subtype of its type', () => {
    const model = startingModel();
    expect(ClassifierModelSchema.parse(model)).toEqual(model);
    expect(model).toMatchObject({ version: 0, source: 'starting', examples: readStartingExamples().length });
    expect(model.classes.length).toBe(21);
  });

  it('suggests the right type for a plain description', () => {
    expect(classify(startingModel(), '业务员当初说保本高收益，现在才知道是保险')[0]).toMatchObject({ type: 'contract_clause', subtype: 'misleading_sales' });
    expect(classify(startingModel(), '柜台的人态度太差了，对我大吼大叫')[0]).toMatchObject({ type: 'service_quality', subtype: 'poor_attitude' });
  });

  it('shares no text with the held-back set the bench scores it on', () => {
    const heldBack = readLabelledTexts(new URL('../../../bench/assist/held-back.jsonl', import.meta.url));
    expect(heldBack.length).toBeGreaterThanOrEqual(60);
    const training = new Set(readStartingExamples().map((e) => e.text));
    expect(heldBack.filter((e) => training.has(e.text))).toEqual([]);
  });
});

describe('the analysis of a description', () => {
  it('gives the risk, key terms, suggestions above the floor and similar complaints', () => {
    const analysis = analyseDescription({
      text: '理赔拖了三个月还没到账，再不赔我就找记者曝光，去12378投诉',
      policyNumber: 'P-1',
      watchList: DEFAULT_WATCH_LIST,
      model: startingModel(),
      candidates: [{ id: 'x', policyNumber: 'P-1', keywords: [] }],
    });
    expect(analysis.risk).toEqual({ suggested: true, phrases: ['记者', '曝光', '12378'] });
    expect(analysis.suggestions[0]).toMatchObject({ type: 'claims_dispute', subtype: 'claim_too_slow' });
    expect(analysis.keywords.length).toBeGreaterThan(0);
    expect(analysis.similar).toEqual([{ id: 'x', samePolicy: true, overlap: 0 }]);
  });
});
