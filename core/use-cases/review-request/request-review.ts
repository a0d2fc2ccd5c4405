import type { Agent } from '../../../shared/api/session';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Actor } from '../../../shared/domain/actor';
import type { ReviewRef } from '../../../shared/domain/regulatory/review-link';
import { reviewComplaintNumber, type ReviewRequestInput } from '../../../shared/domain/regulatory/review-request';
import { deadlineOf } from '../../../shared/domain/workflow/deadlines';
import { mayAccessComplaint } from '../../../shared/domain/complaint-access';
import { findComplaint } from '../../../db/repositories/complaints';
import { reviewsOnDesk } from '../../../db/repositories/review-links';
import type { DeskContext } from '../../context';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { applyMutation } from '../workflow/apply-mutation';
import { readDeadlineSettings } from '../workflow/deadline-settings';

/**
 * 核查: the complainant asked for review of complaint `id`'s decision. The review complaint gets a new id and the
 * number of that id on the day of the request; the rule (shared/domain/regulatory/review-request.ts) decides, run
 * through the registry as complaint.requestReview, so the server replays the same command on its own facts.
 */
export function requestReviewOf(ctx: DeskContext, actor: Agent, input: ReviewRequestInput & { id: string }): WorkflowResult {
  const { id: originalId, ...request } = input;
  loadComplaintFor(ctx.db, originalId, actor);
  const reviewId = ctx.newId();
  const args = { ...request, complaintId: reviewId, number: reviewComplaintNumber(reviewId, request.requestedAt), eventId: ctx.newId(), originalId };
  // Counted under its taker's branch until the server places it, as a new complaint is.
  const branch = actor.branchId && actor.branchName ? { id: actor.branchId, name: actor.branchName } : null;
  const complaint = applyMutation(ctx, actor, 'complaint.requestReview', args, { branch });
  return { complaint, deadline: deadlineOf(complaint, readDeadlineSettings(ctx), ctx.clock()) };
}

/** The reviews of complaint `id` on this desk the actor may see (the original itself must be theirs to see). */
export function reviewsOf(ctx: DeskContext, actor: Actor, id: string): ReviewRef[] {
  loadComplaintFor(ctx.db, id, actor);
  return reviewsOnDesk(ctx.db, id).filter((r) => {
    const review = findComplaint(ctx.db, r.id);
    return review !== null && mayAccessComplaint(review, actor);
  });
}
