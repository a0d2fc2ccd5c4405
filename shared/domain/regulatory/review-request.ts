import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint, TimelineEvent } from '../complaint';
import { CHANNELS } from '../channels';
import { complaintNumber, isComplaintNumberOf, type CommandResult } from '../commands/create-complaint';
import { mayAccessComplaint } from '../complaint-access';
import { moment, requiredText } from '../fields';
import { refuse, type Refusal } from '../refusal';
import { refuseInvalid } from '../workflow/guards';
import type { ReviewLink, ReviewRef } from './review-link';
import { initialWorkflowState } from '../workflow/workflow-state';

/**
 * 核查 (review request), 《银行业保险业消费投诉处理管理办法》: a complainant who disagrees with the decision may ask
 * for a review within 30 days of receiving it; the review is decided within 30 days of the request. Recording
 * the request opens a review complaint linked to the original (`reviewOf`): it copies the complainant, contact,
 * policy and complaint type of the original (the grounds become its demand), is received when the request was made, and is `complex`,
 * so its own deadline is the organisation's complexDays (30 by default) from the request. A request made more
 * than 30 days after the decision reached the complainant is still recorded, flagged late (逾期申请).
 */
export const REVIEW_REQUEST_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What an agent enters: when the request was made, when the decision reached the complainant, how, and on what grounds. */
export const ReviewRequestInputSchema = z
  .object({
    requestedAt: moment('reviewRequest.requestedAt'),
    decisionReceivedAt: moment('reviewRequest.decisionReceivedAt'),
    channel: z.enum(CHANNELS, { error: 'validation.channel.required' }),
    grounds: requiredText('reviewRequest.grounds', 2000),
  })
  .strict();
export type ReviewRequestInput = z.infer<typeof ReviewRequestInputSchema>;

/** Whether a request at `requestedAt` is past the 30 days from the decision's receipt. */
export function isLateReviewRequest(decisionReceivedAt: string, requestedAt: string): boolean {
  return Date.parse(requestedAt) - Date.parse(decisionReceivedAt) > REVIEW_REQUEST_DAYS * DAY_MS;
}

/**
 * What the command needs to know of the original, read by whoever runs it: the original complaint when it
 * exists there and the actor may see it (otherwise null: "not found"), and the reviews already linked to it.
 */
export interface ReviewFacts {
  original: Complaint | null;
  reviews: readonly ReviewRef[];
}

/** complaint.requestReview's arguments: the new review complaint's id and number, the original, the request. */
export interface RequestReviewCommand {
  requestedAt: string;
  decisionReceivedAt: string;
  /** Checked by ReviewRequestInputSchema when the command runs. */
  channel: string;
  grounds: string;
  complaintId: string;
  number: string;
  eventId: string;
  originalId: string;
}

/** Why this person may not record a review request of this complaint now, or null. */
export function reviewRequestRefusal(original: Complaint, actor: Actor, reviews: readonly ReviewRef[]): Refusal | null {
  if (!mayAccessComplaint(original, actor)) return refuse('not_found', 'errors.complaintNotFound');
  if (original.reviewOf) return refuse('review_of_review', 'refusal.reviewRequest.ofReview');
  if (original.status !== 'closed' || !original.endedAt) return refuse('review_not_decided', 'refusal.reviewRequest.notDecided');
  if (reviews.some((r) => r.status !== 'withdrawn')) return refuse('review_exists', 'refusal.reviewRequest.exists');
  return null;
}

/** The review request's number must be the one its id and request time make (checked on the arguments as sent). */
export function reviewNumberClaim(args: { complaintId: string; number: string; requestedAt: string }): Refusal | null {
  if (Number.isNaN(Date.parse(args.requestedAt))) return null;
  return isComplaintNumberOf(args.number, args.complaintId, args.requestedAt) ? null : refuse('number_mismatch', 'sync.refusal.numberMismatch');
}

/** The number a new review complaint gets: the complaint number of its id on the day of the request. */
export const reviewComplaintNumber = (id: string, requestedAt: string): string => complaintNumber(id, requestedAt);

/**
 * complaint.requestReview: the state is the new review complaint's (null: its id must be fresh). Refused when the
 * original is unknown or out of the actor's sight, not closed, itself a review or already under review, or when the
 * times are impossible (received before it was decided, asked before receiving it, asked in the future).
 */
export function requestReview(state: Complaint | null, command: RequestReviewCommand, actor: Actor, now: Date, facts: ReviewFacts | undefined): CommandResult | Refusal {
  if (state) return refuse('review_id_taken', 'refusal.reviewRequest.idTaken');
  if (command.originalId === command.complaintId) return refuse('review_id_taken', 'refusal.reviewRequest.idTaken');
  const original = facts?.original ?? null;
  if (!original || original.id !== command.originalId) return refuse('not_found', 'errors.complaintNotFound');
  const denied = reviewRequestRefusal(original, actor, facts?.reviews ?? []);
  if (denied) return denied;
  const parsed = ReviewRequestInputSchema.safeParse({
    requestedAt: command.requestedAt,
    decisionReceivedAt: command.decisionReceivedAt,
    channel: command.channel,
    grounds: command.grounds,
  });
  if (!parsed.success) return refuseInvalid('review_request_invalid', parsed.error);
  const { requestedAt, decisionReceivedAt } = parsed.data;
  const decidedAt = original.endedAt!;
  // Dates are entered by day: a decision received "on the day it was made" may read as midnight before it.
  if (Date.parse(decisionReceivedAt) < startOfDayBefore(decidedAt)) return refuse('review_received_before_decision', 'refusal.reviewRequest.receivedBeforeDecision');
  if (Date.parse(requestedAt) < Date.parse(decisionReceivedAt)) return refuse('review_requested_before_receipt', 'refusal.reviewRequest.requestedBeforeReceipt');
  if (Date.parse(requestedAt) > now.getTime()) return refuse('review_requested_in_future', 'refusal.reviewRequest.inFuture');
  return openReviewComplaint(original, { ...command, ...parsed.data }, parsed.data.channel, actor, now);
}

/** A day before the instant: the earliest a day-precision date of receipt may say without contradicting it. */
const startOfDayBefore = (at: string): number => Date.parse(at) - DAY_MS;

/** The review complaint: the original's complainant, contact, policy and type; the request as its receipt, channel and demand. */
function openReviewComplaint(original: Complaint, command: RequestReviewCommand, channel: ReviewRequestInput['channel'], actor: Actor, now: Date): CommandResult {
  const at = now.toISOString();
  const by = { id: actor.id, name: actor.name };
  const reviewOf: ReviewLink = {
    id: original.id,
    number: original.number,
    decidedAt: original.endedAt!,
    decisionReceivedAt: command.decisionReceivedAt,
    requestedAt: command.requestedAt,
    late: isLateReviewRequest(command.decisionReceivedAt, command.requestedAt),
  };
  const complaint: Complaint = {
    id: command.complaintId,
    number: command.number,
    stage: 'intake',
    status: 'open',
    intake: { ...original.intake, callTime: command.requestedAt, channel, demand: command.grounds, emotionTags: [], demandTags: [] },
    receivedAt: command.requestedAt,
    createdAt: at,
    createdBy: by,
    assignee: by,
    updatedAt: at,
    version: 1,
    repeatOf: null,
    reviewOf,
    ...initialWorkflowState(),
    // The review is decided within 30 days of the request: the complex tier's days.
    complexity: 'complex',
  };
  const created: TimelineEvent = {
    id: command.eventId,
    complaintId: command.complaintId,
    at,
    actor: by,
    kind: 'complaint.reviewRequested',
    changes: [],
    data: { stage: 'intake', channel, originalId: original.id, originalNumber: original.number, late: reviewOf.late },
  };
  return { complaint, events: [created] };
}
