import { describe, expect, it } from 'vitest';
import { Intake } from '../../../shared/domain/intake';
import { validIntake } from '../../support/desk';

function messagesFor(input: unknown): Record<string, string> {
  const result = Intake.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the intake schema', () => {
  it('accepts a complete intake and trims what was typed', () => {
    const parsed = Intake.parse(validIntake({ customerName: '  张伟 ' }));
    expect(parsed.customerName).toBe('张伟');
    expect(parsed.complaintSubtype).toBe('claim_amount');
  });

  it('defaults the optional policy number and initial judgement to empty', () => {
    const { policyNumber: _p, initialJudgement: _j, ...rest } = validIntake();
    const parsed = Intake.parse(rest);
    expect(parsed.policyNumber).toBe('');
    expect(parsed.initialJudgement).toBe('');
  });

  it('names every missing required field with its own i18n key', () => {
    expect(messagesFor({})).toEqual({
      callTime: 'validation.callTime.invalid',
      customerName: 'validation.customerName.required',
      contactPhone: 'validation.contactPhone.required',
      complaintType: 'validation.complaintType.required',
      complaintSubtype: 'validation.complaintSubtype.required',
      description: 'validation.description.required',
      demand: 'validation.demand.required',
      channel: 'validation.channel.required',
    });
  });

  it('treats blank text as missing', () => {
    expect(messagesFor(validIntake({ customerName: '   ', demand: '' }))).toEqual({
      customerName: 'validation.customerName.required',
      demand: 'validation.demand.required',
    });
  });

  it('refuses a subtype of another type', () => {
    expect(messagesFor(validIntake({ complaintType: 'fraud', complaintSubtype: 'claim_amount' }))).toEqual({
      complaintSubtype: 'validation.complaintSubtype.mismatch',
    });
  });

  it.each([
    ['12ab', 'validation.contactPhone.invalid'],
    ['123', 'validation.contactPhone.invalid'],
  ])('refuses the contact number %s', (contactPhone, key) => {
    expect(messagesFor(validIntake({ contactPhone }))).toEqual({ contactPhone: key });
  });

  it('refuses a malformed policy number and over-long text', () => {
    expect(messagesFor(validIntake({ policyNumber: '#1', customerName: '张'.repeat(51) }))).toEqual({
      policyNumber: 'validation.policyNumber.invalid',
      customerName: 'validation.customerName.tooLong',
    });
  });

  it('refuses a call time that is not an ISO date-time', () => {
    expect(messagesFor(validIntake({ callTime: '昨天下午' }))).toEqual({ callTime: 'validation.callTime.invalid' });
  });
});
