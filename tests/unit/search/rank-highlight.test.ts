import { describe, expect, it } from 'vitest';
import { highlight, highlightSnippet, matchedSections } from '../../../shared/domain/search/highlight';
import { compareRanked, documentMatches, tierOf } from '../../../shared/domain/search/rank';

const doc = {
  columns: { ids: ['ts20261125ab', '13800138000'], names: ['张伟', 'zhangwei', 'zw'], body: ['车险理赔金额少了三千元'] },
  keys: ['ts20261125ab', '13800138000', '8000', '38000'],
};

describe('ranking', () => {
  it('matches when every term is in some column, and never across values', () => {
    expect(documentMatches(doc, { terms: ['理赔', 'zw'] })).toBe(true);
    expect(documentMatches(doc, { terms: ['理赔', '退保'] })).toBe(false);
    expect(documentMatches(doc, { terms: ['ab13'] })).toBe(false);
    expect(documentMatches(doc, { terms: [] })).toBe(false);
  });

  it('ranks an exact number or phone first, then names, then text', () => {
    expect(tierOf(doc, { terms: ['8000'] })).toBe('identifier');
    expect(tierOf(doc, { terms: ['0013'] })).toBe('text');
    expect(tierOf(doc, { terms: ['zw', '理赔'] })).toBe('name');
    expect(tierOf(doc, { terms: ['理赔'] })).toBe('text');
    const ranked = [
      { tier: 'text', order: 9 },
      { tier: 'name', order: 1 },
      { tier: 'identifier', order: 2 },
      { tier: 'name', order: 5 },
    ] as const;
    expect([...ranked].sort(compareRanked).map((r) => `${r.tier}${r.order}`)).toEqual(['identifier2', 'name5', 'name1', 'text9']);
  });
});

describe('highlighting', () => {
  it('marks the matched characters as written, across separators', () => {
    expect(highlight('138-0013-8000', ['00138000'])).toEqual([
      { text: '138-', hit: false },
      { text: '0013-8000', hit: true },
    ]);
    expect(highlight('客户要求理赔', ['理赔'])).toEqual([
      { text: '客户要求', hit: false },
      { text: '理赔', hit: true },
    ]);
    expect(highlight('ＰＡ123', ['pa1'])).toEqual([
      { text: 'ＰＡ1', hit: true },
      { text: '23', hit: false },
    ]);
  });

  it('shortens long text around the first match', () => {
    const text = `${'前'.repeat(100)}理赔${'后'.repeat(100)}`;
    const cut = highlightSnippet(text, ['理赔']);
    expect(cut[0]).toEqual({ text: '…', hit: false });
    expect(cut.at(-1)).toEqual({ text: '…', hit: false });
    expect(cut.some((s) => s.hit && s.text === '理赔')).toBe(true);
    expect(cut.map((s) => s.text).join('').length).toBeLessThan(100);
  });

  it('highlights a name found by its pinyin whole', () => {
    const sections = [
      { field: 'customerName' as const, column: 'names' as const, text: '张伟', aliases: 'pinyin' as const },
      { field: 'description' as const, column: 'body' as const, text: '无关内容', aliases: null },
    ];
    expect(matchedSections(sections, ['zw'])).toEqual([{ field: 'customerName', segments: [{ text: '张伟', hit: true }] }]);
  });
});
