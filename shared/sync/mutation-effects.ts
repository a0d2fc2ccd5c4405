import { ATTACHMENT_ADDED_EVENT_KIND, ATTACHMENT_REMOVED_EVENT_KIND } from '../domain/attachments/attachment';
import type { CommandResult } from '../domain/commands/create-complaint';
import type { TimelineEvent } from '../domain/complaint';
import type { CallSnapshot } from '../domain/cti/call-snapshot';
import { callsOf } from './mutators';
import type { FieldConflict } from './protocol';
import { reviewAfter, type ReviewState } from './review-state';

/** What an applied mutation does besides its complaint row and timeline, for each side to write to its own store. */
export interface MutationEffects {
  /** The complaint's review state after it, and whether that differs from before. */
  review: ReviewState;
  reviewChanged: boolean;
  /** The calls it records on its complaint (the latest snapshot of each). */
  calls: CallSnapshot[];
  /** Its attachment records: the events that added or removed one. */
  attachmentEvents: TimelineEvent[];
}

const isAttachmentEvent = (e: TimelineEvent) => e.kind === ATTACHMENT_ADDED_EVENT_KIND || e.kind === ATTACHMENT_REMOVED_EVENT_KIND;

/**
 * The one "apply the result" rule, read from the registry: the desk's use case, the desk's replay after a
 * pull and the server's push each write these effects (with `added`, the conflicts this side's merge found).
 */
export function effectsOf(name: string, args: unknown, result: CommandResult, before: ReviewState, added: readonly FieldConflict[] = []): MutationEffects {
  const review = reviewAfter(before, name, args, added);
  const reviewChanged = review.needsReview !== before.needsReview || JSON.stringify(review.conflicts) !== JSON.stringify(before.conflicts);
  return { review, reviewChanged, calls: callsOf(name, args), attachmentEvents: result.events.filter(isAttachmentEvent) };
}
