import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import type { Refusal } from '../refusal';
import { refuse } from '../refusal';
import { CONTACT_METHODS } from '../workflow/fields';
import { refuseInvalid } from '../workflow/guards';
import { letterAvailability } from './compose-letter';
import { LETTER_KINDS, type LetterKind } from './letter-templates';

export const LETTER_SENT_EVENT_KIND = 'letter.sent';

export const LetterSentSchema = z.object({
  letter: z.enum(LETTER_KINDS),
  language: z.enum(['zh-CN', 'en']),
  method: z.enum(CONTACT_METHODS, { error: 'letters.validation.methodRequired' }),
  sentAt: z.iso.datetime({ offset: true, error: 'letters.validation.sentAtInvalid' }),
});
export type LetterSent = z.infer<typeof LetterSentSchema>;

/**
 * complaint.recordLetterSent: the timeline records that the written notice went out, how and when.
 * A timeline event only (the record keeps its version); a letter not yet possible, or sent "in the future", is refused.
 */
export function recordLetterSent(complaint: Complaint, command: LetterSent & { eventId: string }, actor: Actor, now: Date): CommandResult | Refusal {
  const parsed = LetterSentSchema.safeParse(command);
  if (!parsed.success) return refuseInvalid('letter_sent_invalid', parsed.error);
  const availability = letterAvailability(parsed.data.letter as LetterKind, complaint);
  if (!availability.available) return refuse('letter_unavailable', availability.reasonKey);
  if (Date.parse(parsed.data.sentAt) > now.getTime() + 60_000) return refuse('letter_sent_future', 'letters.validation.sentAtFuture', { field: 'sentAt' });
  return {
    complaint,
    events: [
      {
        id: command.eventId,
        complaintId: complaint.id,
        at: now.toISOString(),
        actor: { id: actor.id, name: actor.name },
        kind: LETTER_SENT_EVENT_KIND,
        changes: [],
        data: { ...parsed.data },
      },
    ],
  };
}
