import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidResidentId, isValidUscc, usccCheckCharacter } from '../../../shared/domain/regulatory/uscc';

const CODE_SET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts a published code and refuses it with any other check character', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc(' 91350100m000100y43 ')).toBe(true);
    for (const ch of CODE_SET.replace('3', '')) expect(isValidUscc(`91350100M000100Y4${ch}`)).toBe(false);
  });

  it('refuses the wrong length, letters outside the code set, and letters in the division code', () => {
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('91350100M000100I43')).toBe(false);
    expect(isValidUscc('9135A100M000100Y43')).toBe(false);
  });

  it('any 17 characters with their computed check character pass; changing one character fails', () => {
    const char = fc.constantFrom(...CODE_SET.split(''));
    const digit = fc.constantFrom(...'0123456789'.split(''));
    fc.assert(
      fc.property(fc.array(char, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(char, { minLength: 9, maxLength: 9 }), fc.nat(16), (head, division, body, at) => {
        const first17 = [...head, ...division, ...body].join('');
        const code = first17 + usccCheckCharacter(first17)!;
        expect(isValidUscc(code)).toBe(true);
        const pool = at >= 2 && at < 8 ? '0123456789' : CODE_SET;
        const other = pool[(pool.indexOf(code[at]!) + 1) % pool.length]!;
        expect(isValidUscc(code.slice(0, at) + other + code.slice(at + 1))).toBe(false);
      }),
    );
  });
});

describe('居民身份证号码 (GB 11643-1999)', () => {
  it("accepts the standard's example and refuses a wrong check character or an impossible birth date", () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('110105194902300028')).toBe(false);
    expect(isValidResidentId('1101051949123100')).toBe(false);
  });
});
