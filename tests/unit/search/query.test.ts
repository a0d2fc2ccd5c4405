import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_TERMS, parseSearchQuery } from '../../../shared/domain/search/query';

describe('parseSearchQuery', () => {
  it('keeps Chinese terms of two characters and more', () => {
    expect(parseSearchQuery('理赔').terms).toEqual(['理赔']);
    expect(parseSearchQuery('  张伟  退保 ').terms).toEqual(['张伟', '退保']);
    expect(parseSearchQuery('监管部门').terms).toEqual(['监管部门']);
  });

  it('lowers pinyin and Latin letters, full and initials alike', () => {
    expect(parseSearchQuery('ZhangWei').terms).toEqual(['zhangwei']);
    expect(parseSearchQuery('zw').terms).toEqual(['zw']);
  });

  it('reads a number written with separators as one term of digits', () => {
    for (const raw of ['138 0013 8000', '138-0013-8000', '(138) 0013.8000', '１３８００１３８０００']) {
      expect(parseSearchQuery(raw)).toMatchObject({ terms: ['13800138000'], digitsOnly: true });
    }
    expect(parseSearchQuery('+86 138 0013 8000').terms).toEqual(['8613800138000']);
    expect(parseSearchQuery('0086-13800138000').terms).toEqual(['8613800138000']);
    expect(parseSearchQuery('8000').terms).toEqual(['8000']);
  });

  it('keeps policy and complaint numbers whole, without their dashes', () => {
    expect(parseSearchQuery('P2026-000123').terms).toEqual(['p2026000123']);
    expect(parseSearchQuery('TS-20261125-3F9A2C').terms).toEqual(['ts202611253f9a2c']);
  });

  it('splits mixed Chinese, Latin and digits where the script changes', () => {
    expect(parseSearchQuery('张伟8000').terms).toEqual(['张伟', '8000']);
    expect(parseSearchQuery('车险PA123理赔').terms).toEqual(['车险', 'pa123', '理赔']);
  });

  it('drops punctuation (between Chinese words it separates terms), and single characters are reported rather than searched', () => {
    expect(parseSearchQuery('理赔，退保！').terms).toEqual(['理赔', '退保']);
    expect(parseSearchQuery('PA-123/45').terms).toEqual(['pa12345']);
    expect(parseSearchQuery('“理赔” 。').terms).toEqual(['理赔']);
    expect(parseSearchQuery('张')).toMatchObject({ terms: [], tooShort: ['张'] });
    expect(parseSearchQuery('张 理赔')).toMatchObject({ terms: ['理赔'], tooShort: ['张'] });
    expect(parseSearchQuery('8')).toMatchObject({ terms: [], tooShort: ['8'] });
    expect(parseSearchQuery('!!! ，。')).toMatchObject({ terms: [], tooShort: [] });
  });

  it('answers nothing for empty input', () => {
    expect(parseSearchQuery('')).toEqual({ terms: [], digitsOnly: false, tooShort: [], truncated: false });
    expect(parseSearchQuery('   \t ').terms).toEqual([]);
  });

  it('cuts very long input and too many terms, and says so', () => {
    const long = parseSearchQuery('理赔'.repeat(MAX_QUERY_CHARS));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.terms[0]!)).toHaveLength(MAX_QUERY_CHARS);
    const many = parseSearchQuery(Array.from({ length: 20 }, (_, i) => `词${i}aa`).join(' '));
    expect(many.terms.length).toBeLessThanOrEqual(MAX_TERMS * 2);
    const words = parseSearchQuery(Array.from({ length: 20 }, (_, i) => `ab${i}`).join(' '));
    expect(words).toMatchObject({ truncated: true });
    expect(words.terms).toHaveLength(MAX_TERMS);
  });

  it('never lets FTS syntax through: terms hold letters and digits only', () => {
    for (const raw of ['"理赔" OR x*', 'NEAR(a b)', "a' OR 1=1 --", '{names}: zw']) {
      for (const term of parseSearchQuery(raw).terms) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
    }
  });
});
