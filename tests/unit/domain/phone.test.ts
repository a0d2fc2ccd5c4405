import { describe, expect, it } from 'vitest';
import { formatPhoneForDisplay, isPlausiblePhone, normalizePhone } from '../../../shared/domain/phone';

describe('normalizePhone', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['+8613800138000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['0086-138-0013-8000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['１３８００１３８０００', '+8613800138000'],
    ['sip:13800138000@pbx.local', '+8613800138000'],
  ])('reads the mobile %s as %s', (raw, key) => {
    expect(normalizePhone(raw)).toBe(key);
  });

  it.each([
    ['010-12345678', '+861012345678'],
    ['01012345678', '+861012345678'],
    ['(010)12345678', '+861012345678'],
    ['+86 10 1234 5678', '+861012345678'],
    ['0086-10-12345678', '+861012345678'],
    ['(021)12345678', '+862112345678'],
    ['021-1234 5678', '+862112345678'],
    ['0755-88886666', '+8675588886666'],
    ['010-12345678转123', '+861012345678'],
    ['010 1234 5678 ext. 123', '+861012345678'],
  ])('reads the landline %s with its area code as %s', (raw, key) => {
    expect(normalizePhone(raw)).toBe(key);
  });

  it('gives every spelling of one number the same key, and different numbers different keys', () => {
    const spellings = ['(021)12345678', '021-12345678', '+86 21 1234 5678', '0086 21 12345678'];
    expect(new Set(spellings.map(normalizePhone)).size).toBe(1);
    expect(normalizePhone('021-12345678')).not.toBe(normalizePhone('010-12345678'));
    expect(normalizePhone('13800138000')).not.toBe(normalizePhone('13800138001'));
  });

  it('keeps foreign numbers in their own country', () => {
    expect(normalizePhone('+852 2123 4567')).toBe('+85221234567');
    expect(normalizePhone('00852 21234567')).toBe('+85221234567');
  });

  it('falls back to the digits for numbers it cannot place, and gives null when there is nothing to match', () => {
    expect(normalizePhone('95518')).toBe('95518');
    expect(normalizePhone('anonymous')).toBeNull();
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('  ')).toBeNull();
  });
});

describe('isPlausiblePhone', () => {
  it.each(['13800138000', '+86 138 0013 8000', '0086-13800138000', '010-12345678', '(021)12345678', '0755-88886666', '+852 2123 4567'])(
    'accepts %s',
    (raw) => expect(isPlausiblePhone(raw)).toBe(true),
  );

  it.each([
    ['12345678', 'a landline without its area code'],
    ['1380013800', 'a mobile one digit short'],
    ['0755-1234567', 'a Shenzhen landline one digit short'],
    ['123', 'too short'],
    ['12ab', 'letters'],
    ['', 'empty'],
  ])('refuses %s (%s)', (raw) => expect(isPlausiblePhone(raw)).toBe(false));
});

describe('formatPhoneForDisplay', () => {
  it.each([
    ['１３８００１３８０００', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['(021)12345678', '02112345678'],
    ['021-1234 5678 转 808', '02112345678 转 808'],
    ['+1 212 555 0100', '+12125550100'],
    ['95518', '95518'],
    ['anonymous', 'anonymous'],
    ['１２３', '123'],
  ])('shows %s as %s', (raw, shown) => {
    expect(formatPhoneForDisplay(raw)).toBe(shown);
  });
});
