import type { WorkflowResult } from '../../../shared/api/workflow';
import type { ReviewState } from '../../../shared/sync/review-state';
import type { ResolveReviewInput } from '../../../shared/api/review';
import type { Actor } from '../../../shared/domain/actor';
import { deadlineOf } from '../../../shared/domain/workflow/deadlines';
import type { FieldConflict } from '../../../shared/sync/protocol';
import type { ReviewChoice } from '../../../shared/sync/resolve-review';
import { reviewStateOf } from '../../../db/repositories/server-state';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { applyMutation } from '../workflow/apply-mutation';
import { readDeadlineSettings } from '../workflow/deadline-settings';

/** The newest conflict recorded on each field: the values the lead chooses between. */
function latestByField(conflicts: readonly FieldConflict[]): Map<string, FieldConflict> {
  return new Map(conflicts.map((c) => [c.field, c]));
}

/**
 * A lead's (or admin's) decision on a complaint in review: per conflicting field, the value the server
 * kept or the desk's. The values go into complaint.resolveReview's arguments (the command refuses
 * agents, and a complaint no longer in review, here and on the server), and the desk clears its review
 * flag in the same transaction (the registry's effect).
 */
export function resolveComplaintReview(ctx: DeskContext, actor: Actor, input: ResolveReviewInput): WorkflowResult {
  loadComplaintFor(ctx.db, input.id, actor);
  const state = reviewStateOf(ctx.db, input.id);
  if (!state.needsReview) throw DeskError.of('refused', 'sync.refusal.notInReview');
  const conflicts = latestByField(state.conflicts);
  const choices = input.choices.map(({ field, chosen }): ReviewChoice => {
    const conflict = conflicts.get(field);
    if (!conflict) throw DeskError.of('refused', 'sync.refusal.noSuchConflict', { field });
    const [value, other] = chosen === 'server' ? [conflict.serverValue, conflict.deskValue] : [conflict.deskValue, conflict.serverValue];
    return { field, chosen, value: value ?? null, other: other ?? null };
  });
  const args = { complaintId: input.id, eventId: ctx.newId(), choices };
  // The review clears at once on this desk, as the mutation's effect, before the server confirms.
  const complaint = applyMutation(ctx, actor, 'complaint.resolveReview', args, { baseVersion: input.baseVersion });
  return { complaint, deadline: deadlineOf(complaint, readDeadlineSettings(ctx), ctx.clock()) };
}

/** The complaint page's "needs review" tag: the desk's copy of the server's flag (for anyone who may read the complaint). */
export function complaintReviewState(ctx: DeskContext, actor: Actor, id: string): ReviewState {
  loadComplaintFor(ctx.db, id, actor);
  return reviewStateOf(ctx.db, id);
}
