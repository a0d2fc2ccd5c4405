import { describe, expect, it } from 'vitest';
import { isRefusal } from '../../../shared/domain/refusal';
import { updateContact } from '../../../shared/domain/workflow/contact';
import { runMutation } from '../../../shared/sync/run-mutation';
import { reviewAfter } from '../../../shared/sync/review-state';
import type { FieldConflict } from '../../../shared/sync/protocol';
import type { CommandResult } from '../../../shared/domain/commands/create-complaint';
import { ADMIN, complaintAt, HANDLER, LEAD, NOW, OTHER_AGENT, validStageData } from '../../support/workflow';

const complaint = complaintAt('analysis');
const serverIntake = { ...complaint.intake, contactPhone: '13912345678' };
const deskIntake = { ...complaint.intake, contactPhone: '13800001111' };
const kept = { ...complaint, intake: serverIntake };
/** The complaint is in review where the resolution runs (the fact its runner reads), unless a test says it is not. */
const IN_REVIEW = { review: { needsReview: true, conflicts: [] }, attachment: null };
const resolve = (choices: unknown, actor = LEAD, state = kept, facts = IN_REVIEW) =>
  runMutation('complaint.resolveReview', { complaintId: state.id, eventId: 'e-r', choices }, state, actor, NOW, { facts });
const ok = (value: ReturnType<typeof resolve>): CommandResult => {
  if (isRefusal(value)) throw new Error(`refused: ${value.messageKey}`);
  return value;
};

const conflict = (field: string, opId = 'op-1'): FieldConflict => ({ field, serverValue: 1, deskValue: 2, opId, by: { id: 'A1001', name: '王芳' }, at: NOW.toISOString() });

describe('complaint.resolveReview: a lead decides each conflicting designated field', () => {
  it("taking the desk's value writes it, and the timeline records the choice and the value not taken (复核处理)", () => {
    const result = ok(resolve([{ field: 'intake', chosen: 'desk', value: deskIntake, other: serverIntake }]));
    expect(result.complaint.intake.contactPhone).toBe('13800001111');
    expect(result.complaint.version).toBe(kept.version + 1);
    const [event] = result.events;
    expect(event?.kind).toBe('review.resolved');
    expect(event?.actor).toEqual({ id: LEAD.id, name: LEAD.name });
    expect(event?.data).toEqual({ choices: [{ field: 'intake', chosen: 'desk', value: deskIntake, other: serverIntake }] });
    expect(event?.changes.map((c) => c.field)).toEqual(['intake']);
  });

  it("keeping the server's value changes no field but is still recorded", () => {
    const result = ok(resolve([{ field: 'intake', chosen: 'server', value: serverIntake, other: deskIntake }], ADMIN));
    expect(result.complaint.intake).toEqual(serverIntake);
    expect(result.events[0]?.changes).toEqual([]);
    expect(result.events[0]?.data.choices).toHaveLength(1);
  });

  it('a stage record can be decided, including back to none', () => {
    const solution = validStageData().solution;
    const withSolution = { ...kept, stages: { ...kept.stages, solution } } as typeof kept;
    const result = ok(resolve([{ field: 'stages.solution', chosen: 'desk', value: null, other: solution }], LEAD, withSolution));
    expect(result.complaint.stages.solution).toBeUndefined();
  });

  it.each([HANDLER, OTHER_AGENT])('an agent (%o) cannot resolve, even on their own complaint', (agent) => {
    const refusal = resolve([{ field: 'intake', chosen: 'desk', value: deskIntake, other: serverIntake }], agent);
    expect(refusal).toMatchObject({ refused: true, code: 'review_lead_only', messageKey: 'sync.refusal.reviewLeadOnly' });
  });

  it('refuses a field decided twice, a field that is not designated and a value the field cannot hold', () => {
    const choice = { field: 'intake', chosen: 'desk', value: deskIntake, other: serverIntake };
    expect(resolve([choice, choice])).toMatchObject({ code: 'review_field_twice' });
    expect(resolve([{ ...choice, field: 'complexity' }])).toMatchObject({ code: 'args_invalid' });
    expect(resolve([{ ...choice, value: { contactPhone: 1 } }])).toMatchObject({ code: 'review_value_invalid' });
    expect(resolve([])).toMatchObject({ code: 'args_invalid' });
  });

  it('replays identically (the values travel in the arguments)', () => {
    const choices = [{ field: 'intake', chosen: 'desk', value: deskIntake, other: serverIntake }];
    expect(resolve(choices)).toEqual(resolve(choices));
  });
});

describe('the review state after a mutation', () => {
  const before = { needsReview: true, conflicts: [conflict('intake'), conflict('stages.solution', 'op-2'), conflict('intake', 'op-3')] };
  const args = (fields: string[]) => ({ complaintId: 'c1', eventId: 'e1', choices: fields.map((field) => ({ field, chosen: 'server', value: null, other: null })) });

  it('a resolution clears the conflicts of the fields it decided; the flag stays while others remain', () => {
    expect(reviewAfter(before, 'complaint.resolveReview', args(['intake']), [])).toEqual({ needsReview: true, conflicts: [conflict('stages.solution', 'op-2')] });
    expect(reviewAfter(before, 'complaint.resolveReview', args(['intake', 'stages.solution']), [])).toEqual({ needsReview: false, conflicts: [] });
  });

  it('other mutations keep the flag and add their own conflicts', () => {
    expect(reviewAfter({ needsReview: false, conflicts: [] }, 'complaint.updateContact', {}, [conflict('intake')])).toEqual({ needsReview: true, conflicts: [conflict('intake')] });
    expect(reviewAfter(before, 'complaint.addNote', {}, [])).toEqual(before);
  });
});

describe('complaint.updateContact', () => {
  it("corrects the intake's name and phone (the designated field 'intake')", () => {
    const result = updateContact(complaint, { eventId: 'e-c', customerName: '张三丰', contactPhone: '13912345678' }, HANDLER, NOW);
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.complaint.intake).toMatchObject({ customerName: '张三丰', contactPhone: '13912345678' });
    expect(result.events[0]?.changes.map((c) => c.field)).toEqual(['intake']);
  });

  it('refuses an unchanged contact, an invalid phone, and an agent the complaint is not assigned to', () => {
    const same = { eventId: 'e-c', customerName: complaint.intake.customerName, contactPhone: complaint.intake.contactPhone };
    expect(updateContact(complaint, same, HANDLER, NOW)).toMatchObject({ code: 'contact_unchanged' });
    expect(updateContact(complaint, { ...same, contactPhone: '12' }, HANDLER, NOW)).toMatchObject({ code: 'contact_invalid' });
    expect(updateContact(complaint, { ...same, contactPhone: '13912345678' }, OTHER_AGENT, NOW)).toMatchObject({ refused: true });
  });
});

describe('complaint.resolveReview owns its review check', () => {
  it('is refused as not in review when the runner holds the complaint as not flagged, on desk and server alike', () => {
    const notFlagged = { review: { needsReview: false, conflicts: [] }, attachment: null };
    expect(resolve([{ field: 'intake', chosen: 'desk', value: deskIntake, other: serverIntake }], LEAD, kept, notFlagged)).toMatchObject({ code: 'not_in_review', messageKey: 'sync.refusal.notInReview' });
  });

  it('decides a receipt time the clock rule flagged: the chosen time becomes the receipt and the call time', () => {
    const result = ok(resolve([{ field: 'receivedAt', chosen: 'desk', value: '2026-11-25T09:00:00+08:00', other: '2026-11-25T03:00:00.000Z' }]));
    expect(result.complaint.receivedAt).toBe('2026-11-25T09:00:00+08:00');
    expect(result.complaint.intake.callTime).toBe('2026-11-25T09:00:00+08:00');
    expect(resolve([{ field: 'receivedAt', chosen: 'desk', value: 'yesterday', other: null }])).toMatchObject({ code: 'review_value_invalid' });
  });
});
