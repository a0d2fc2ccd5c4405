import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Complaint } from '../../../shared/domain/complaint';
import type { ReviewRef } from '../../../shared/domain/regulatory/review-link';
import { findComplaint } from '../../../db/repositories/complaints';
import { pendingMutations } from '../../../db/repositories/outbox';
import { makeTestDesk } from '../../support/desk';
import { OTHER_AGENT, validStageData } from '../../support/workflow';
import { complaintAtStage, rowCounts, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

const REQUEST = { channel: 'phone', grounds: '对补付金额有异议，申请核查' } as const;

/** 核查 through the dispatcher, on real SQLite: the review complaint, the link both ways, the late flag, the refusals. */
describe('核查 (review request) on the desk', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeTestDesk({ now: new Date('2026-11-26T02:00:00.000Z') });
  });
  afterEach(() => desk.close());

  async function closed(): Promise<Complaint> {
    const c = await complaintAtStage(desk, 'closure');
    const input = { id: c.id, baseVersion: c.version, stage: 'closure', data: validStageData().closure };
    return valueOf<WorkflowResult>(await desk.dispatch('complaints.advance', input)).complaint;
  }
  /** What the desk answered: the refusal's message key, or the error code of any other failure. */
  const refusalCode = (r: ApiResult<unknown>) => (r.ok ? 'applied' : r.error.code === 'refused' ? r.error.messageKey : r.error.code);

  it('opens a linked review complaint in one transaction with its outbox mutation; both sides show the link', async () => {
    const original = await closed();
    desk.setNow(new Date('2026-12-10T02:00:00.000Z'));
    const before = rowCounts(desk);
    const result = valueOf<WorkflowResult>(
      await desk.dispatch('complaints.requestReview', { id: original.id, requestedAt: '2026-12-09T10:00:00+08:00', decisionReceivedAt: '2026-11-26T15:00:00+08:00', ...REQUEST }),
    );
    expect(rowCounts(desk)).toEqual({ events: before.events + 1, outbox: before.outbox + 1 });
    const review = result.complaint;
    expect(review.reviewOf).toMatchObject({ id: original.id, number: original.number, late: false });
    expect(review.number).toMatch(/^TS-20261209-/);
    // 30 days (complexDays) from the request.
    expect(result.deadline.dueAt).toBe('2027-01-08T02:00:00.000Z');
    expect(findComplaint(desk.db, review.id)).toEqual(review);
    expect(pendingMutations(desk.db).at(-1)).toMatchObject({ name: 'complaint.requestReview', args: { complaintId: review.id, originalId: original.id } });
    expect(valueOf<ReviewRef[]>(await desk.dispatch('complaints.reviews', { id: original.id }))).toEqual([
      { id: review.id, number: review.number, status: 'open', requestedAt: '2026-12-09T10:00:00+08:00', late: false },
    ]);
    // The original is unchanged: the link lives on the review.
    expect(findComplaint(desk.db, original.id)).toEqual(original);
    // One review per decision.
    const again = await desk.dispatch('complaints.requestReview', { id: original.id, requestedAt: '2026-12-09T11:00:00+08:00', decisionReceivedAt: '2026-11-26T15:00:00+08:00', ...REQUEST });
    expect(refusalCode(again)).toBe('refusal.reviewRequest.exists');
  });

  it('records a request made more than 30 days after the decision, flagged late', async () => {
    const original = await closed();
    desk.setNow(new Date('2027-01-10T02:00:00.000Z'));
    const result = valueOf<WorkflowResult>(
      await desk.dispatch('complaints.requestReview', { id: original.id, requestedAt: '2027-01-05T10:00:00+08:00', decisionReceivedAt: '2026-11-26T15:00:00+08:00', ...REQUEST }),
    );
    expect(result.complaint.reviewOf?.late).toBe(true);
    expect(valueOf<ReviewRef[]>(await desk.dispatch('complaints.reviews', { id: original.id }))[0]?.late).toBe(true);
  });

  it('refuses an open complaint, another agent\'s, impossible times and an empty ground, changing nothing', async () => {
    const open = await complaintAtStage(desk, 'analysis');
    const original = await closed();
    desk.setNow(new Date('2026-12-10T02:00:00.000Z'));
    const before = rowCounts(desk);
    const ask = (id: string, over: Record<string, unknown> = {}) =>
      desk.dispatch('complaints.requestReview', { id, requestedAt: '2026-12-09T10:00:00+08:00', decisionReceivedAt: '2026-11-26T15:00:00+08:00', ...REQUEST, ...over });
    expect(refusalCode(await ask(open.id))).toBe('refusal.reviewRequest.notDecided');
    expect(refusalCode(await ask(original.id, { requestedAt: '2026-12-11T10:00:00+08:00' }))).toBe('refusal.reviewRequest.inFuture');
    expect(refusalCode(await ask(original.id, { decisionReceivedAt: '2026-11-01T10:00:00+08:00' }))).toBe('refusal.reviewRequest.receivedBeforeDecision');
    expect(refusalCode(await ask(original.id, { requestedAt: '2026-11-26T12:00:00+08:00' }))).toBe('refusal.reviewRequest.requestedBeforeReceipt');
    expect(refusalCode(await ask(original.id, { grounds: '' }))).toBe('validation');
    expect(refusalCode(await ask('no-such-complaint'))).toBe('not_found');
    signInAs(desk, OTHER_AGENT);
    expect(refusalCode(await ask(original.id))).toBe('not_found');
    expect(refusalCode(await desk.dispatch('complaints.reviews', { id: original.id }))).toBe('not_found');
    expect(rowCounts(desk)).toEqual(before);
  });
});
