import { z } from 'zod';
import type { Actor } from '../domain/actor';
import type { Complaint } from '../domain/complaint';
import { create, type CommandResult } from '../domain/commands/create-complaint';
import { refuse, type Refusal } from '../domain/refusal';
import { STAGES } from '../domain/stages';
import { advance } from '../domain/workflow/advance';
import { assign, AssigneeSchema } from '../domain/workflow/assign';
import { setComplexity, SettableComplexitySchema } from '../domain/workflow/complexity';
import { extendDeadline } from '../domain/workflow/extension';
import { addNote } from '../domain/workflow/notes';
import { refuseSolution } from '../domain/workflow/refuse-solution';
import { withdraw } from '../domain/workflow/withdraw';
import { attachFile, AttachmentSchema, removeAttachment } from '../domain/attachments/attachment';
import { setRecordingRef } from '../domain/attachments/recording-ref';
import { LetterSentSchema, recordLetterSent } from '../domain/letters/letter-sent';
import { CallSnapshotSchema, recordCall, type CallSnapshot } from '../domain/cti/call-snapshot';
import { updateContact } from '../domain/workflow/contact';
import { ResolveReviewArgsSchema, resolveReview } from './resolve-review';

/**
 * One command, replayable anywhere: the complaint as it is (null before it exists), the mutation's
 * arguments (with every generated id), who acts and the time stored in the mutation → the result or a refusal.
 * Desk and server run the same function, so a pushed mutation writes on the server what it wrote on the desk.
 */
export type Mutator<A> = (state: Complaint | null, args: A, actor: Actor, now: Date) => CommandResult | Refusal;

const id = z.string().min(1).max(64);
const onComplaint = { complaintId: id, eventId: id };

const notFound = (): Refusal => refuse('not_found', 'errors.complaintNotFound');

/** A change to an existing complaint: refused when the complaint does not exist (yet) where it replays. */
function onExisting<C>(run: (c: Complaint, command: C, actor: Actor, now: Date) => CommandResult | Refusal): Mutator<C & { complaintId: string }> {
  return (state, args, actor, now) => (state ? run(state, args, actor, now) : notFound());
}

/** Mutation name → args schema + pure command. The outbox, the wire and the server all use these names. */
export const MUTATORS = {
  'complaint.create': {
    /** call: the call it was taken on, when there was one (it reaches the desks that see the complaint). */
    args: z.object({ id, number: z.string().min(1).max(40), eventId: id, intake: z.unknown(), call: CallSnapshotSchema.optional() }).strict(),
    run: create,
  },
  'complaint.advance': {
    args: z.object({ ...onComplaint, stage: z.enum(STAGES), data: z.unknown() }).strict(),
    run: onExisting(advance),
  },
  'complaint.refuseSolution': {
    args: z.object({ ...onComplaint, reason: z.string() }).strict(),
    run: onExisting(refuseSolution),
  },
  'complaint.withdraw': {
    args: z.object({ ...onComplaint, receivedAt: z.string(), reason: z.string().optional() }).strict(),
    run: onExisting(withdraw),
  },
  'complaint.addNote': {
    args: z.object({ ...onComplaint, text: z.string() }).strict(),
    run: onExisting(addNote),
  },
  'complaint.assign': {
    args: z.object({ ...onComplaint, assignee: AssigneeSchema }).strict(),
    run: onExisting(assign),
  },
  'complaint.setComplexity': {
    args: z.object({ ...onComplaint, complexity: SettableComplexitySchema }).strict(),
    run: onExisting(setComplexity),
  },
  'complaint.extendDeadline': {
    args: z.object({ ...onComplaint, notice: z.unknown() }).strict(),
    run: onExisting(extendDeadline),
  },
  'complaint.setRecordingRef': {
    args: z.object({ ...onComplaint, recordingRef: z.string() }).strict(),
    run: onExisting(setRecordingRef),
  },
  'complaint.recordLetterSent': {
    args: z.object({ ...onComplaint, ...LetterSentSchema.shape }).strict(),
    run: onExisting(recordLetterSent),
  },
  'complaint.attachFile': {
    args: z.object({ ...onComplaint, attachment: AttachmentSchema }).strict(),
    run: onExisting(attachFile),
  },
  'complaint.removeAttachment': {
    args: z.object({ ...onComplaint, attachment: AttachmentSchema, reason: z.string() }).strict(),
    run: onExisting(removeAttachment),
  },
  'complaint.recordCall': {
    args: z.object({ complaintId: id, call: CallSnapshotSchema }).strict(),
    run: onExisting(recordCall),
  },
  'complaint.updateContact': {
    args: z.object({ ...onComplaint, customerName: z.string(), contactPhone: z.string() }).strict(),
    run: onExisting(updateContact),
  },
  'complaint.resolveReview': {
    args: ResolveReviewArgsSchema,
    run: onExisting(resolveReview),
  },
} as const;

export type MutationName = keyof typeof MUTATORS;
export type MutationArgs<N extends MutationName> = z.output<(typeof MUTATORS)[N]['args']>;

export const MUTATION_NAMES = Object.keys(MUTATORS) as MutationName[];

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(MUTATORS, name);
}

/** The complaint a mutation is about, from its (parsed) arguments. */
export function complaintIdOf(name: MutationName, args: unknown): string {
  const a = args as { id?: string; complaintId?: string };
  return (name === 'complaint.create' ? a.id : a.complaintId) ?? '';
}

/** The calls a mutation carries with it (a create taken on a call, a recorded call), from its arguments. */
export function callsOf(name: string, args: unknown): CallSnapshot[] {
  if (name !== 'complaint.create' && name !== 'complaint.recordCall') return [];
  const call = (args as { call?: unknown } | null)?.call;
  const parsed = CallSnapshotSchema.safeParse(call);
  return parsed.success ? [parsed.data] : [];
}
