import { describe, expect, it } from 'vitest';
import { dialUrlFor, DialUrlTemplateSchema } from '../../../shared/domain/cti/dial-url';

describe('click-to-dial', () => {
  it('puts the dialable number where the template says', () => {
    expect(dialUrlFor('sip:{phone}', '138 0013-8000')).toBe('sip:13800138000');
    expect(dialUrlFor('tel:{phone}', '+86 (10) 9550 0000')).toBe('tel:+861095500000');
    expect(dialUrlFor('sip:{phone}@pbx.example.com', '13800138000')).toBe('sip:13800138000@pbx.example.com');
  });

  it('offers no link without a template or a number', () => {
    expect(dialUrlFor('', '13800138000')).toBeNull();
    expect(dialUrlFor('sip:{phone}', ' - ')).toBeNull();
  });

  it('takes only dialling schemes with the {phone} placeholder', () => {
    expect(DialUrlTemplateSchema.safeParse('').success).toBe(true);
    expect(DialUrlTemplateSchema.safeParse('javascript:alert({phone})').error?.issues[0]?.message).toBe('validation.dialUrl.scheme');
    expect(DialUrlTemplateSchema.safeParse('file:///{phone}').error?.issues[0]?.message).toBe('validation.dialUrl.scheme');
    expect(DialUrlTemplateSchema.safeParse('sip:13800138000').error?.issues[0]?.message).toBe('validation.dialUrl.noPhone');
    expect(dialUrlFor('javascript:{phone}', '13800138000')).toBeNull();
  });
});
