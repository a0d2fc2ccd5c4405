import { describe, expect, it } from 'vitest';
import { isRefusal } from '../../../shared/domain/refusal';
import { complaintNumber } from '../../../shared/domain/commands/create-complaint';
import { repeatComplaintOf, type EarlierComplaint } from '../../../shared/domain/regulatory/repeat-complaint';
import { DEFAULT_CLASSIFICATION } from '../../../shared/domain/regulatory/seed-classification';
import { NOTHING_RECORDED } from '../../../shared/sync/mutation-facts';
import { runMutation } from '../../../shared/sync/run-mutation';
import { HANDLER } from '../../support/workflow';
import { validIntake } from '../../support/valid-intake';

const earlier = (over: Partial<EarlierComplaint> = {}): EarlierComplaint => ({
  id: 'e1',
  number: 'TS-20261001-AAAAAAAA',
  receivedAt: '2026-10-01T02:00:00.000Z',
  contactPhone: '138 0013 8000',
  idNumber: '',
  policyNumber: 'P2026-000123',
  ...over,
});
const now = { id: 'n1', receivedAt: '2026-11-25T02:00:00.000Z', contactPhone: '+86 13800138000', idNumber: '', policyNumber: 'p2026-000123' };

describe('重复投诉: same customer and policy within the window', () => {
  it('links the earlier complaint of the same phone (however written) and policy (any case)', () => {
    expect(repeatComplaintOf(now, [earlier()], 90)).toEqual({ id: 'e1', number: 'TS-20261001-AAAAAAAA', receivedAt: '2026-10-01T02:00:00.000Z' });
  });

  it('by identity number when the phone differs', () => {
    expect(repeatComplaintOf({ ...now, contactPhone: '13911112222', idNumber: '11010519491231002x' }, [earlier({ idNumber: '11010519491231002X' })], 90)?.id).toBe('e1');
  });

  it('not another policy, not another customer, not without a policy, not outside the window, not a later one', () => {
    expect(repeatComplaintOf(now, [earlier({ policyNumber: 'P2026-000999' })], 90)).toBeNull();
    expect(repeatComplaintOf(now, [earlier({ contactPhone: '13911112222' })], 90)).toBeNull();
    expect(repeatComplaintOf({ ...now, policyNumber: '' }, [earlier({ policyNumber: '' })], 90)).toBeNull();
    expect(repeatComplaintOf(now, [earlier()], 54)).toBeNull();
    expect(repeatComplaintOf(now, [earlier()], 55)?.id).toBe('e1');
    expect(repeatComplaintOf(now, [earlier({ receivedAt: '2026-11-26T02:00:00.000Z' })], 90)).toBeNull();
  });

  it('the most recent of several', () => {
    expect(repeatComplaintOf(now, [earlier(), earlier({ id: 'e2', receivedAt: '2026-11-01T00:00:00.000Z' }), earlier({ id: 'e3', receivedAt: '2026-09-20T00:00:00.000Z' })], 90)?.id).toBe('e2');
  });

  it('the create command decides it from the runner facts, whatever the arguments say', () => {
    const intake = { ...validIntake(), policyNumber: 'P2026-000123', contactPhone: '13800138000' };
    const id = '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b';
    const args = { id, number: complaintNumber(id, intake.callTime), eventId: 'ev-c', intake };
    const at = new Date(Date.parse(intake.callTime) + 60_000);
    const facts = (list: EarlierComplaint[]) => ({ ...NOTHING_RECORDED, regulatory: { classification: DEFAULT_CLASSIFICATION, repeatWindowDays: 90, earlier: list } });
    const prior = earlier({ receivedAt: new Date(Date.parse(intake.callTime) - 86_400_000).toISOString() });
    const flagged = runMutation('complaint.create', args, null, HANDLER, at, { facts: facts([prior]) });
    if (isRefusal(flagged)) throw new Error(flagged.messageKey);
    expect(flagged.complaint.repeatOf?.id).toBe('e1');
    const plain = runMutation('complaint.create', args, null, HANDLER, at, { facts: facts([]) });
    expect(!isRefusal(plain) && plain.complaint.repeatOf).toBeNull();
    // A desk cannot claim the flag: the arguments refuse unknown fields.
    const lying = runMutation('complaint.create', { ...args, repeatOf: { id: 'x', number: 'y', receivedAt: 'z' } }, null, HANDLER, at, { facts: facts([]) });
    expect(isRefusal(lying) && lying.code).toBe('args_invalid');
  });
});
