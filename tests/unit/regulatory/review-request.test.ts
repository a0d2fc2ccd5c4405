import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { isRefusal } from '../../../shared/domain/refusal';
import { advance } from '../../../shared/domain/workflow/advance';
import { storedDueAt, DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import {
  isLateReviewRequest,
  requestReview,
  reviewComplaintNumber,
  reviewNumberClaim,
  reviewRequestRefusal,
  type RequestReviewCommand,
} from '../../../shared/domain/regulatory/review-request';
import { runMutation } from '../../../shared/sync/run-mutation';
import { NOTHING_RECORDED } from '../../../shared/sync/mutation-facts';
import { complaintAt, HANDLER, LEAD, NOW, OTHER_AGENT, validStageData } from '../../support/workflow';

/** The fixture complaint closed at NOW (2026-11-26T02:00Z). */
function closedComplaint(): Complaint {
  const result = advance(complaintAt('closure'), { eventId: 'e-close', stage: 'closure', data: validStageData().closure }, HANDLER, NOW);
  if (isRefusal(result)) throw new Error(result.messageKey);
  return result.complaint;
}

const REVIEW_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const command = (over: Partial<RequestReviewCommand> = {}): RequestReviewCommand => {
  const requestedAt = over.requestedAt ?? '2026-12-10T09:00:00+08:00';
  return {
    complaintId: REVIEW_ID,
    number: reviewComplaintNumber(REVIEW_ID, requestedAt),
    eventId: 'e-review',
    originalId: 'c-1',
    requestedAt,
    decisionReceivedAt: '2026-11-27T10:00:00+08:00',
    channel: 'phone',
    grounds: '对补付金额有异议',
    ...over,
  };
};
const LATER = new Date('2027-02-01T00:00:00.000Z');

describe('核查 (review request)', () => {
  it('opens a linked review complaint: the complainant copied, received at the request, decided within the complex days', () => {
    const original = closedComplaint();
    const result = requestReview(null, command(), HANDLER, LATER, { original, reviews: [] });
    if (isRefusal(result)) throw new Error(result.code);
    const review = result.complaint;
    expect(review).toMatchObject({ id: REVIEW_ID, status: 'open', stage: 'intake', complexity: 'complex', receivedAt: '2026-12-10T09:00:00+08:00', assignee: { id: HANDLER.id } });
    expect(review.intake).toMatchObject({ customerName: original.intake.customerName, contactPhone: original.intake.contactPhone, policyNumber: original.intake.policyNumber, demand: '对补付金额有异议' });
    expect(review.reviewOf).toEqual({ id: 'c-1', number: original.number, decidedAt: original.endedAt, decisionReceivedAt: '2026-11-27T10:00:00+08:00', requestedAt: '2026-12-10T09:00:00+08:00', late: false });
    // 30 days from the request: 2026-12-10 09:00 +08:00 → 2027-01-09 09:00 +08:00.
    expect(storedDueAt(review, DEFAULT_DEADLINE_SETTINGS).toISOString()).toBe('2027-01-09T01:00:00.000Z');
    expect(result.events).toEqual([expect.objectContaining({ kind: 'complaint.reviewRequested', complaintId: REVIEW_ID })]);
  });

  it('flags a request more than 30 days after the decision was received as late, and records it', () => {
    expect(isLateReviewRequest('2026-11-27T10:00:00+08:00', '2026-12-27T10:00:00+08:00')).toBe(false);
    expect(isLateReviewRequest('2026-11-27T10:00:00+08:00', '2026-12-27T10:00:01+08:00')).toBe(true);
    const result = requestReview(null, command({ requestedAt: '2027-01-05T09:00:00+08:00' }), HANDLER, LATER, { original: closedComplaint(), reviews: [] });
    if (isRefusal(result)) throw new Error(result.code);
    expect(result.complaint.reviewOf?.late).toBe(true);
  });

  it.each([
    ['an open original', (c: Complaint) => ({ ...c, status: 'open' as const, endedAt: null }), 'review_not_decided'],
    ['a withdrawn original', (c: Complaint) => ({ ...c, status: 'withdrawn' as const }), 'review_not_decided'],
    ['a review of a review', (c: Complaint) => ({ ...c, reviewOf: { id: 'x', number: 'TS-1', decidedAt: NOW.toISOString(), decisionReceivedAt: NOW.toISOString(), requestedAt: NOW.toISOString(), late: false } }), 'review_of_review'],
  ])('refuses %s', (_name, change, code) => {
    const result = requestReview(null, command(), HANDLER, LATER, { original: change(closedComplaint()), reviews: [] });
    expect(isRefusal(result) && result.code).toBe(code);
  });

  it('refuses a second review of one decision, unless the first was withdrawn', () => {
    const original = closedComplaint();
    const earlier = { id: 'r-0', number: 'TS-20261201-AAAAAAAA', requestedAt: '2026-12-01T00:00:00Z', late: false };
    const again = requestReview(null, command(), HANDLER, LATER, { original, reviews: [{ ...earlier, status: 'open' }] });
    expect(isRefusal(again) && again.code).toBe('review_exists');
    expect(isRefusal(requestReview(null, command(), HANDLER, LATER, { original, reviews: [{ ...earlier, status: 'withdrawn' }] }))).toBe(false);
  });

  it('refuses a taken id, an original out of sight or unknown, and impossible times', () => {
    const original = closedComplaint();
    const facts = { original, reviews: [] };
    const code = (r: ReturnType<typeof requestReview>) => (isRefusal(r) ? r.code : 'applied');
    expect(code(requestReview(original, command(), HANDLER, LATER, facts))).toBe('review_id_taken');
    expect(code(requestReview(null, command({ complaintId: 'c-1' }), HANDLER, LATER, facts))).toBe('review_id_taken');
    expect(code(requestReview(null, command(), OTHER_AGENT, LATER, facts))).toBe('not_found');
    expect(code(requestReview(null, command(), HANDLER, LATER, { original: null, reviews: [] }))).toBe('not_found');
    expect(code(requestReview(null, command(), HANDLER, LATER, undefined))).toBe('not_found');
    expect(code(requestReview(null, command({ originalId: 'other' }), HANDLER, LATER, facts))).toBe('not_found');
    expect(code(requestReview(null, command({ decisionReceivedAt: '2026-11-20T00:00:00+08:00' }), HANDLER, LATER, facts))).toBe('review_received_before_decision');
    expect(code(requestReview(null, command({ requestedAt: '2026-11-27T09:00:00+08:00' }), HANDLER, LATER, facts))).toBe('review_requested_before_receipt');
    expect(code(requestReview(null, command(), HANDLER, new Date('2026-12-01T00:00:00Z'), facts))).toBe('review_requested_in_future');
    expect(code(requestReview(null, command({ grounds: ' ' }), HANDLER, LATER, facts))).toBe('review_request_invalid');
    expect(code(requestReview(null, command({ channel: 'pigeon' }), HANDLER, LATER, facts))).toBe('review_request_invalid');
    // A lead sees the team's complaints: they may record it.
    expect(code(requestReview(null, command(), LEAD, LATER, facts))).toBe('applied');
  });

  it('the page asks the same rule: allowed on a closed complaint, refused with a reason otherwise', () => {
    const original = closedComplaint();
    expect(reviewRequestRefusal(original, HANDLER, [])).toBeNull();
    expect(reviewRequestRefusal({ ...original, status: 'open' }, HANDLER, [])?.messageKey).toBe('refusal.reviewRequest.notDecided');
  });

  it('runs through the registry: the number must be the one of its id and request day, checked as sent', () => {
    const original = closedComplaint();
    const args = command();
    expect(reviewNumberClaim(args)).toBeNull();
    const facts = { ...NOTHING_RECORDED, reviewRequest: { original, reviews: [] } };
    const applied = runMutation('complaint.requestReview', args, null, HANDLER, LATER, { facts });
    expect(isRefusal(applied)).toBe(false);
    const lied = runMutation('complaint.requestReview', { ...args, number: 'TS-20261210-00000000' }, null, HANDLER, LATER, { facts });
    expect(isRefusal(lied) && lied.code).toBe('number_mismatch');
    const extra = runMutation('complaint.requestReview', { ...args, reviewOf: { late: false } }, null, HANDLER, LATER, { facts });
    expect(isRefusal(extra) && extra.code).toBe('args_invalid');
  });
});
