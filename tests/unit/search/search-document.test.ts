import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { namePinyin } from '../../../shared/domain/search/name-pinyin';
import { indexText, NAME_MARK, termTokens, valueTokens } from '../../../shared/domain/search/grams';
import { fullForm, normalizeForSearch } from '../../../shared/domain/search/normalize';
import { phoneDigitForms, phoneKeys } from '../../../shared/domain/search/phone-keys';
import { buildSearchDocument } from '../../../shared/domain/search/search-document';
import { generateComplaint, seededRandom } from '../../support/search-corpus';

function complaint(overrides: Partial<Complaint['intake']> = {}, more: Partial<Complaint> = {}): Complaint {
  const c = generateComplaint(seededRandom(1), 0);
  return {
    ...c,
    number: 'TS-20261125-3F9A2C01',
    intake: { ...c.intake, customerName: '单雄信', contactPhone: '138-0013-8000', policyNumber: 'P2026-000123', description: '车险理赔金额少了三千元。', demand: '全额赔付', initialJudgement: '' , ...overrides },
    ...more,
  };
}

describe('search document', () => {
  it('normalizes: full-width to ASCII, lower case, letters and digits only', () => {
    expect(normalizeForSearch('ＰＡ-１２３，理赔！ Ok')).toBe('pa123理赔ok');
  });

  it('normalizes common text without ICU exactly as through it, for every character of the basic plane', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `Ab${String.fromCharCode(code)}，理赔`;
      if (normalizeForSearch(text) !== fullForm(text)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
    expect(normalizeForSearch('客户：“理赔”（PA-123）。')).toBe('客户理赔pa123');
  });

  it('cuts values into position tokens: pairs for Chinese, four characters otherwise, never across values', () => {
    expect(valueTokens('理赔金额')).toEqual(['理赔', '赔金', '金额', '额']);
    expect(valueTokens('13800138')).toEqual(['1380', '3800', '8001', '0013', '0138', '138', '38', '8']);
    expect(valueTokens('额3000元')).toEqual(['额3', '3000', '000元', '00元', '0元', '元']);
    expect(valueTokens('𠀋a')).toEqual(['𠀋a', 'a']);
    expect(indexText(['ab', 'cd'])).toBe('ab b cd d');
    expect(indexText(['张伟'], NAME_MARK)).toBe(`${NAME_MARK}张伟 ${NAME_MARK}伟`);
    // A value inside another of the column (national digits inside E.164, a repeated value) adds no tokens.
    expect(indexText(['13800138000', '8613800138000'])).toBe(indexText(['8613800138000']));
    expect(indexText(['abcd', 'abcd'])).toBe('abcd bcd cd d');
    expect(termTokens('zw', NAME_MARK)).toEqual({ tokens: [`${NAME_MARK}zw`], prefix: true });
    expect(normalizeForSearch(NAME_MARK)).not.toContain(NAME_MARK);
    expect(termTokens('理赔')).toEqual({ tokens: ['理赔'], prefix: false });
    expect(termTokens('理赔金额')).toEqual({ tokens: ['理赔', '赔金', '金额'], prefix: false });
    expect(termTokens('zw')).toEqual({ tokens: ['zw'], prefix: true });
    expect(termTokens('4321')).toEqual({ tokens: ['4321'], prefix: false });
    expect(termTokens('zhangwei')).toEqual({ tokens: ['zhan', 'hang', 'angw', 'ngwe', 'gwei'], prefix: false });
  });

  it('reads names as names in pinyin: surnames with their surname reading', () => {
    expect(namePinyin('张伟')).toEqual({ full: 'zhangwei', initials: 'zw' });
    expect(namePinyin('单雄信')).toEqual({ full: 'shanxiongxin', initials: 'sxx' });
    expect(namePinyin('曾小贤').full).toBe('zengxiaoxian');
    expect(namePinyin('吕布').full).toBe('lvbu');
  });

  it('finds a phone by every way it is written and by its last 4–8 digits', () => {
    expect(phoneDigitForms('+86 138 0013 8000')).toEqual(['8613800138000', '13800138000']);
    expect(phoneDigitForms('(021)62345678')).toEqual(['02162345678', '862162345678']);
    const keys = phoneKeys(phoneDigitForms('138-0013-8000'));
    expect(keys).toEqual(expect.arrayContaining(['13800138000', '8613800138000', '8000', '38000', '00138000']));
    expect(keys).not.toContain('000');
  });

  it('puts identifiers, names (with pinyin) and text in their columns, values kept apart', () => {
    const doc = buildSearchDocument({ complaint: complaint(), notes: ['已回电客户'], callNumbers: ['021-6234 5678'] });
    expect(doc.columns.ids).toEqual(
      expect.arrayContaining(['ts202611253f9a2c01', 'p2026000123', '13800138000', '8613800138000', '02162345678']),
    );
    expect(doc.columns.names).toEqual(['单雄信', 'shanxiongxin', 'sxx']);
    expect(doc.columns.body).toContain('车险理赔金额少了三千元');
    expect(doc.columns.body).toContain('已回电客户');
    expect(doc.keys).toEqual(expect.arrayContaining(['ts202611253f9a2c01', 'p2026000123', '8000', '5678', '02162345678']));
    expect(doc.sections.map((s) => s.field)).toEqual(
      expect.arrayContaining(['number', 'policyNumber', 'contactPhone', 'callNumber', 'customerName', 'description', 'demand', 'note']),
    );
  });

  it('takes the text of every stage, a withdrawal and refusals, but not codes and dates', () => {
    const c = complaint({}, {
      stages: {
        registration: {
          policy: { policyNumber: 'P2026-999999', productName: '安心驾车险', policyHolder: '张伟' },
          demand: '按定损金额赔付',
          channel: 'phone',
          handlerName: '王芳',
          handlerEmployeeNo: 'A1001',
        },
      },
      withdrawal: { receivedAt: '2026-11-26T10:00:00+08:00', reason: '客户已私下和解', recordedBy: { id: 'A1001', name: '王芳' }, recordedAt: '2026-11-26' },
    });
    const doc = buildSearchDocument({ complaint: c, notes: [], callNumbers: [] });
    expect(doc.columns.body).toContain('安心驾车险');
    expect(doc.columns.body).toContain('客户已私下和解');
    expect(doc.columns.body.join(' ')).not.toContain('phone');
    expect(doc.columns.ids).toContain('p2026999999');
    expect(doc.keys).toContain('p2026999999');
  });
});
