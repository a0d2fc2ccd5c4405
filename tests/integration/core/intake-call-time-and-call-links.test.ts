import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../shared/api/calls';
import type { Complaint } from '../../../shared/domain/complaint';
import { handleCallEvent } from '../../../core/cti/handle-call-event';
import { makeTestDesk, validIntake } from '../../support/desk';
import { valueOf } from '../../support/workflow-desk';

let desk: ReturnType<typeof makeTestDesk>;
beforeEach(() => {
  // 2026-11-30 10:00 Beijing time.
  desk = makeTestDesk({ now: new Date('2026-11-30T02:00:00.000Z') });
});
afterEach(() => desk.close());

const count = (table: string) => (desk.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const ring = (callId: string) =>
  handleCallEvent(desk.ctx, { kind: 'incoming', direction: 'in', from: '13800138000', to: '95500', users: [], source: 'http', callId, queue: null });
const draft = (id: string, callId: string | null) => desk.dispatch('drafts.save', { id, payload: { customerName: '张伟' }, callId });
const callRow = (id: string) => desk.db.prepare('SELECT complaint_id FROM calls WHERE id = ?').get(id) as { complaint_id: string | null };

describe('a new complaint on the desk clock', () => {
  it('refuses a call time in the future, naming the field, and writes nothing', async () => {
    const result = await desk.dispatch('complaints.create', validIntake({ callTime: '2027-01-01T10:00:00+08:00' }));
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', messageKey: 'errors.validation', issues: [{ path: ['callTime'], messageKey: 'validation.callTime.future' }] },
    });
    expect(count('complaints')).toBe(0);
    expect(count('outbox')).toBe(0);
  });

  it('refuses a call more than a year old and accepts one within the clock skew', async () => {
    const old = await desk.dispatch('complaints.create', validIntake({ callTime: '2025-11-01T10:00:00+08:00' }));
    expect(old.ok ? null : old.error.issues).toEqual([{ path: ['callTime'], messageKey: 'validation.callTime.tooOld' }]);
    const skewed = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: '2026-11-30T10:03:00+08:00' })));
    expect(skewed.number).toMatch(/^TS-20261130-/);
  });

  it("accepts a subtype the organisation added, and refuses it under another type or when it is not there", async () => {
    const extra = validIntake({ complaintType: 'claims_dispute', complaintSubtype: 'hospital_list', callTime: '2026-11-30T09:00:00+08:00' });
    const before = await desk.dispatch('complaints.create', extra);
    expect(before.ok ? null : before.error.issues).toEqual([{ path: ['complaintSubtype'], messageKey: 'validation.complaintSubtype.mismatch' }]);

    desk.ctx.settings.set('organisationSettings', {
      name: 'kept as is',
      taxonomy: { extraSubtypes: { claims_dispute: [{ code: 'hospital_list', zh: '定点医院争议', en: 'Designated hospital dispute' }] } },
    });
    const saved = valueOf<Complaint>(await desk.dispatch('complaints.create', extra));
    expect(saved.intake.complaintSubtype).toBe('hospital_list');
    const wrongType = await desk.dispatch('complaints.create', { ...extra, complaintType: 'fraud' });
    expect(wrongType.ok).toBe(false);

    const taxonomy = valueOf<Record<string, { code: string }[]>>(await desk.dispatch('taxonomy.get', {}));
    expect(taxonomy.claims_dispute!.map((o) => o.code).slice(-2)).toEqual(['hospital_list', 'claims_dispute_other']);
  });

  it('reads damaged organisation settings as no extras', async () => {
    desk.ctx.settings.set('organisationSettings', { taxonomy: { extraSubtypes: { fraud: 'nonsense' } } });
    const taxonomy = valueOf<Record<string, { code: string }[]>>(await desk.dispatch('taxonomy.get', {}));
    expect(taxonomy.fraud!.map((o) => o.code)).toEqual(['false_declaration', 'malicious_fraud', 'identity_misuse', 'fraud_other']);
  });
});

describe('linking a call is an explicit act', () => {
  it('adds an intake to an open complaint in one transaction: call linked and draft gone together', async () => {
    const complaint = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: '2026-11-29T10:00:00+08:00' })));
    ring('call-add');
    await draft('draft-add-1', 'call-add');
    const result = valueOf<{ complaintId: string; call: CallRecord }>(
      await desk.dispatch('calls.addIntakeToComplaint', { complaintId: complaint.id, draftId: 'draft-add-1', callId: 'call-add' }),
    );
    expect(result.call.complaintId).toBe(complaint.id);
    expect(count('drafts')).toBe(0);
  });

  it('leaves both untouched when the call cannot be linked', async () => {
    const first = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: '2026-11-29T10:00:00+08:00' })));
    const second = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: '2026-11-29T11:00:00+08:00' })));
    ring('call-taken');
    valueOf(await desk.dispatch('calls.linkComplaint', { callId: 'call-taken', complaintId: first.id }));
    await draft('draft-add-2', 'call-taken');

    const refused = await desk.dispatch('calls.addIntakeToComplaint', { complaintId: second.id, draftId: 'draft-add-2', callId: 'call-taken' });
    expect(refused).toEqual({ ok: false, error: { code: 'refused', messageKey: 'calls.errors.alreadyLinked' } });
    expect(count('drafts')).toBe(1);
    expect(callRow('call-taken').complaint_id).toBe(first.id);

    const unknown = await desk.dispatch('calls.addIntakeToComplaint', { complaintId: second.id, draftId: 'draft-add-2', callId: 'no-such-call' });
    expect(unknown.ok ? null : unknown.error.messageKey).toBe('calls.errors.callNotFound');
    expect(count('drafts')).toBe(1);
  });

  it('refuses to move a linked call to another complaint, and relinking to the same one is harmless', async () => {
    const first = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: '2026-11-29T10:00:00+08:00' })));
    const second = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: '2026-11-29T11:00:00+08:00' })));
    ring('call-link');
    valueOf(await desk.dispatch('calls.linkComplaint', { callId: 'call-link', complaintId: first.id }));
    valueOf(await desk.dispatch('calls.linkComplaint', { callId: 'call-link', complaintId: first.id }));
    const moved = await desk.dispatch('calls.linkComplaint', { callId: 'call-link', complaintId: second.id });
    expect(moved.ok ? null : moved.error.messageKey).toBe('calls.errors.alreadyLinked');
    expect(callRow('call-link').complaint_id).toBe(first.id);
  });

  it('refuses unknown fields', async () => {
    const result = await desk.dispatch('calls.addIntakeToComplaint', { complaintId: 'x', draftId: 'draft-add-3', extra: true });
    expect(result.ok ? null : result.error.code).toBe('validation');
  });
});
