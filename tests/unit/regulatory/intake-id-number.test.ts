import { describe, expect, it } from 'vitest';
import { complaintNumber } from '../../../shared/domain/commands/create-complaint';
import { Intake } from '../../../shared/domain/intake';
import { maskPersonalData } from '../../../shared/domain/mask-personal-data';
import { isRefusal } from '../../../shared/domain/refusal';
import type { EarlierComplaint } from '../../../shared/domain/regulatory/repeat-complaint';
import { DEFAULT_CLASSIFICATION } from '../../../shared/domain/regulatory/seed-classification';
import { NOTHING_RECORDED } from '../../../shared/sync/mutation-facts';
import { runMutation } from '../../../shared/sync/run-mutation';
import { validIntake } from '../../support/valid-intake';
import { HANDLER } from '../../support/workflow';

const issuesOf = (idNumber: unknown) => {
  const parsed = Intake.safeParse({ ...validIntake(), idNumber });
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe("the intake's 证件号码: an 18-character 居民身份证号 with its check character, optional", () => {
  it('takes a valid number (a lower-case x becomes X), a blank one, or none', () => {
    expect(Intake.parse({ ...validIntake(), idNumber: ' 11010519491231002x ' }).idNumber).toBe('11010519491231002X');
    expect(Intake.parse({ ...validIntake(), idNumber: '440304199001011233' }).idNumber).toBe('440304199001011233');
    expect(Intake.parse({ ...validIntake(), idNumber: '' }).idNumber).toBe('');
    expect(Intake.parse(validIntake()).idNumber).toBeUndefined();
  });

  it('refuses a wrong check character, an impossible birth date, the wrong length or letters, with the field named', () => {
    for (const bad of ['110105194912310021', '440304199001011234', '110105194902300028', '1101051949123100', '11010519491231002Y', '11010519491231002XX']) {
      expect([bad, issuesOf(bad)]).toEqual([bad, [['idNumber', 'validation.idNumber.invalid']]]);
    }
    expect(issuesOf('11010519491231002X')).toEqual([]);
  });

  it('is one rule with the representation section: both refuse and accept the same numbers', async () => {
    const { ComplainantSchema } = await import('../../../shared/domain/regulatory/representation');
    for (const number of ['11010519491231002X', '110105194912310021', '310115198506152343', '310115198506152344']) {
      const intake = Intake.safeParse({ ...validIntake(), idNumber: number }).success;
      const representation = ComplainantSchema.safeParse({ kind: 'person', identity: { kind: 'resident_id', number } }).success;
      expect([number, intake]).toEqual([number, representation]);
    }
  });

  it('is masked in a log line to its last 4 characters', () => {
    expect(maskPersonalData('[Sync] intake idNumber=11010519491231002X refused')).toBe('[Sync] intake idNumber=***002X refused');
    expect(maskPersonalData('{"idNumber":"440304199001011233"}')).toBe('{"idNumber":"***1233"}');
  });
});

describe('重复投诉 by the identity number: the same customer calling from another phone', () => {
  const intake = { ...validIntake(), contactPhone: '139 1111 2222', idNumber: '11010519491231002x' };
  const id = '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5c';
  const args = { id, number: complaintNumber(id, intake.callTime), eventId: 'ev-id', intake };
  const at = new Date(Date.parse(intake.callTime) + 60_000);
  const earlier = (over: Partial<EarlierComplaint>): EarlierComplaint => ({
    id: 'e1',
    number: 'TS-20261120-AAAAAAAA',
    receivedAt: new Date(Date.parse(intake.callTime) - 5 * 86_400_000).toISOString(),
    contactPhone: '138 0013 8000',
    idNumber: '11010519491231002X',
    policyNumber: intake.policyNumber ?? '',
    ...over,
  });
  const run = (list: EarlierComplaint[]) =>
    runMutation('complaint.create', args, null, HANDLER, at, { facts: { ...NOTHING_RECORDED, regulatory: { classification: DEFAULT_CLASSIFICATION, repeatWindowDays: 90, earlier: list } } });

  it('flags the create when an earlier complaint about the policy has the same number, whatever its phone', () => {
    const flagged = run([earlier({})]);
    if (isRefusal(flagged)) throw new Error(flagged.messageKey);
    expect(flagged.complaint.intake.idNumber).toBe('11010519491231002X');
    expect(flagged.complaint.repeatOf).toEqual({ id: 'e1', number: 'TS-20261120-AAAAAAAA', receivedAt: earlier({}).receivedAt });
  });

  it('not another number with another phone, nor the same number about another policy', () => {
    const other = run([earlier({ idNumber: '440304199001011233' }), earlier({ id: 'e2', policyNumber: 'P2026-999999' })]);
    expect(!isRefusal(other) && other.complaint.repeatOf).toBeNull();
  });

  it('refuses a create whose number fails its check, as the server replaying it does', () => {
    const refused = runMutation('complaint.create', { ...args, intake: { ...intake, idNumber: '110105194912310021' } }, null, HANDLER, at, { facts: NOTHING_RECORDED });
    expect(isRefusal(refused) && refused.code).toBe('intake_invalid');
  });
});
