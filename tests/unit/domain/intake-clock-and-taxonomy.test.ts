import { describe, expect, it } from 'vitest';
import { CALL_TIME_CLOCK_SKEW_MS, callTimeProblem } from '../../../shared/domain/call-time';
import { COMPLAINT_TYPE_CODES, isOtherSubtype, subtypesOf } from '../../../shared/domain/complaint-types';
import { Intake } from '../../../shared/domain/intake';
import { intakeIssuesAt, intakeSchemaWith } from '../../../shared/domain/intake-checks';
import { normalizePolicyNumber, policyNumber } from '../../../shared/domain/fields';
import { mergeTaxonomy, subtypeProblem } from '../../../shared/domain/taxonomy';
import { validIntake } from '../../support/desk';

const NOW = new Date('2026-11-30T02:00:00.000Z');

describe('the call time of a new complaint', () => {
  it.each([
    ['2026-11-30T10:00:00+08:00', null],
    ['2026-11-30T10:04:59+08:00', null],
    ['2026-11-30T10:05:01+08:00', 'future'],
    ['2027-01-01T09:00:00+08:00', 'future'],
    ['2025-12-01T10:00:00+08:00', null],
    ['2025-11-28T10:00:00+08:00', 'tooOld'],
    ['1970-01-01T00:00:00Z', 'tooOld'],
    ['not a time', 'invalid'],
  ])('%s → %s', (callTime, problem) => {
    expect(callTimeProblem(callTime, NOW)).toBe(problem);
  });

  it('allows exactly the clock skew ahead', () => {
    expect(callTimeProblem(new Date(NOW.getTime() + CALL_TIME_CLOCK_SKEW_MS).toISOString(), NOW)).toBeNull();
  });
});

describe('policy numbers', () => {
  it('strips the spaces agents type, also full-width ones, before checking', () => {
    expect(normalizePolicyNumber('P2024 1234 5678')).toBe('P202412345678');
    expect(normalizePolicyNumber('Ｐ2024\u30001234')).toBe('P20241234');
    expect(Intake.parse(validIntake({ policyNumber: 'P2024 1234 5678' })).policyNumber).toBe('P202412345678');
    expect(Intake.safeParse(validIntake({ policyNumber: 'P2024 12#4' })).success).toBe(false);
  });

  it('reads a required policy number (the registration stage) the same way', () => {
    const field = policyNumber('registration.policyNumber');
    expect(field.parse(' P2024 1234\u30005678 ')).toBe('P202412345678');
    expect(field.safeParse('   ').error?.issues[0]?.message).toBe('validation.registration.policyNumber.invalid');
  });
});

describe('the complaint taxonomy', () => {
  it('has the subtypes agents asked for and an "other" last under each type', () => {
    expect(subtypesOf('contract_clause')).toEqual(expect.arrayContaining(['surrender_amount', 'misleading_sales']));
    expect(subtypesOf('claims_dispute')).toContain('claim_too_slow');
    for (const type of COMPLAINT_TYPE_CODES) expect(isOtherSubtype(subtypesOf(type).at(-1))).toBe(true);
  });

  it('merges an admin\'s extras before "other", ignoring codes that already mean something', () => {
    const taxonomy = mergeTaxonomy({
      claims_dispute: [
        { code: 'hospital_list', zh: '定点医院争议', en: 'Designated hospital dispute' },
        { code: 'claim_amount', zh: '重复', en: 'Duplicate' },
      ],
      fraud: [{ code: 'hospital_list', zh: '再次', en: 'Again' }],
    });
    const codes = taxonomy.claims_dispute.map((o) => o.code);
    expect(codes.slice(-2)).toEqual(['hospital_list', 'claims_dispute_other']);
    expect(codes.filter((c) => c === 'claim_amount')).toHaveLength(1);
    expect(taxonomy.fraud.map((o) => o.code)).not.toContain('hospital_list');
    expect(subtypeProblem(taxonomy, 'claims_dispute', 'hospital_list')).toBeNull();
    expect(subtypeProblem(mergeTaxonomy(), 'claims_dispute', 'hospital_list')).toBe('mismatch');
  });

  it('requires the description of "other"', () => {
    const other = Intake.safeParse(validIntake({ complaintType: 'fraud', complaintSubtype: 'fraud_other' }));
    expect(other.success ? [] : other.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['subtypeDetail', 'validation.subtypeDetail.required']]);
    expect(Intake.safeParse(validIntake({ complaintType: 'fraud', complaintSubtype: 'fraud_other', subtypeDetail: '保单被他人代签' })).success).toBe(true);
  });
});

describe('the intake rules that need the taxonomy and the clock', () => {
  it('names the call time and the subtype', () => {
    const intake = { callTime: '2027-01-01T09:00:00+08:00', complaintType: 'fraud' as const, complaintSubtype: 'made_up' };
    expect(intakeIssuesAt(intake, mergeTaxonomy(), NOW)).toEqual([
      { path: ['callTime'], message: 'validation.callTime.future' },
      { path: ['complaintSubtype'], message: 'validation.complaintSubtype.mismatch' },
    ]);
  });

  it('marks a call time in 2030 together with the other fields still to fill, not only once they are valid (issue 22)', () => {
    const schema = intakeSchemaWith(mergeTaxonomy(), () => NOW);
    const result = schema.safeParse(validIntake({ callTime: '2030-01-01T09:00:00+08:00', description: '', demand: '' }));
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toMatchObject({ callTime: 'validation.callTime.future', description: expect.any(String), demand: expect.any(String) });
  });

  it('still refuses a future call time, a mismatched subtype and "other" without detail when all else is valid', () => {
    const schema = intakeSchemaWith(mergeTaxonomy(), () => NOW);
    const messages = (input: Parameters<typeof validIntake>[0]) => (schema.safeParse(validIntake(input)).error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages({ callTime: '2026-11-30T10:00:00+08:00' })).toEqual([]);
    expect(messages({ callTime: '2030-01-01T09:00:00+08:00' })).toEqual(['callTime:validation.callTime.future']);
    expect(messages({ callTime: 'not a time' })).toEqual(['callTime:validation.callTime.invalid']);
    expect(messages({ callTime: '2026-11-30T10:00:00+08:00', complaintType: 'fraud', complaintSubtype: 'made_up' })).toEqual(['complaintSubtype:validation.complaintSubtype.mismatch']);
  });
});
