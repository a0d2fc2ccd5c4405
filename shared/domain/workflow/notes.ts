import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint, TimelineEvent } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import type { Refusal } from '../refusal';
import { requiredText } from '../fields';
import { refuseInvalid } from './guards';

export const NOTE_EVENT_KIND = 'note.added';

/** An internal note may be longer than a stage's texts. */
export const NOTE_TEXT_MAX = 4000;

export const NoteInputSchema = z.object({ text: requiredText('note.text', NOTE_TEXT_MAX) });

/** complaint.addNote: an internal note (内部备注), for colleagues only; never edited, never removed. */
export interface AddNoteCommand {
  /** The note's id is its timeline event's id: a client UUID, so a note synced twice is stored once. */
  eventId: string;
  text: string;
}

/**
 * A note is a timeline event, not a change of the record: the complaint keeps its version, so notes
 * written on two desks never conflict. Notes are allowed on closed and withdrawn complaints too; who
 * may write one is the complaint's read scope, which core checks when it loads the complaint.
 */
export function addNote(complaint: Complaint, command: AddNoteCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const parsed = NoteInputSchema.safeParse({ text: command.text });
  if (!parsed.success) return refuseInvalid('note_invalid', parsed.error);
  const event: TimelineEvent = {
    id: command.eventId,
    complaintId: complaint.id,
    at: now.toISOString(),
    actor: { id: actor.id, name: actor.name },
    kind: NOTE_EVENT_KIND,
    changes: [],
    data: { text: parsed.data.text },
  };
  return { complaint, events: [event] };
}

/** The notes of a timeline, oldest first. */
export function notesOf(timeline: readonly TimelineEvent[]): TimelineEvent[] {
  return timeline.filter((e) => e.kind === NOTE_EVENT_KIND);
}
