import { z } from 'zod';
import type { Actor } from '../domain/actor';
import type { Complaint } from '../domain/complaint';
import { create, numberClaim, type CommandResult } from '../domain/commands/create-complaint';
import { isRefusal, refuse, type Refusal } from '../domain/refusal';
import { newAttachmentFor, recordedAttachmentFor } from '../domain/attachments/attachment-record';
import { STAGES } from '../domain/stages';
import { advance } from '../domain/workflow/advance';
import { assign, AssigneeSchema } from '../domain/workflow/assign';
import { setComplexity, SettableComplexitySchema } from '../domain/workflow/complexity';
import { extendDeadline } from '../domain/workflow/extension';
import { addNote } from '../domain/workflow/notes';
import { refuseSolution } from '../domain/workflow/refuse-solution';
import { withdraw } from '../domain/workflow/withdraw';
import { approveSuspension, resumeClock, suspendClock, type SuspendClockCommand } from '../domain/workflow/suspend';
import { recordContact } from '../domain/workflow/first-contact';
import { recordReturnVisit } from '../domain/workflow/record-return-visit';
import { attachFile, AttachmentSchema, removeAttachment, type Attachment } from '../domain/attachments/attachment';
import { setRecordingRef } from '../domain/attachments/recording-ref';
import { LetterSentSchema, recordLetterSent } from '../domain/letters/letter-sent';
import { CallSnapshotSchema, recordCall, type CallSnapshot } from '../domain/cti/call-snapshot';
import { updateContact } from '../domain/workflow/contact';
import { ResolveReviewArgsSchema, resolveReview, type ResolveReviewArgs } from './resolve-review';
import { representationAttachmentId } from '../domain/regulatory/representation';
import type { MutationFacts } from './mutation-facts';
import { scoredOnClose } from '../domain/assist/quality-record';
import { appealQualityCheck, QualityAppealArgs, QualityResolveArgs, QualityReviewArgs, resolveQualityAppeal, reviewQualityCheck } from '../domain/assist/quality-review';
import { requestReview, reviewNumberClaim, type RequestReviewCommand } from '../domain/regulatory/review-request';

/**
 * One command, replayable anywhere: the complaint as it is (null before it exists), the mutation's
 * arguments (with every generated id), who acts and the time stored in the mutation → the result or a refusal.
 * Desk and server run the same function, so a pushed mutation writes on the server what it wrote on the desk.
 */
export type Mutator<A> = (state: Complaint | null, args: A, actor: Actor, now: Date, facts: MutationFacts) => CommandResult | Refusal;

/** Moves one time the desk's clock read (field: where it sits in the arguments) into the replaying side's time. */
export type Shift = (deskTime: string, field: string) => string;

const id = z.string().min(1).max(64);
const onComplaint = { complaintId: id, eventId: id };

const notFound = (): Refusal => refuse('not_found', 'errors.complaintNotFound');

/** A change to an existing complaint: refused when the complaint does not exist (yet) where it replays. */
function onExisting<C>(run: (c: Complaint, command: C, actor: Actor, now: Date, facts: MutationFacts) => CommandResult | Refusal): Mutator<C & { complaintId: string }> {
  return (state, args, actor, now, facts) => (state ? run(state, args, actor, now, facts) : notFound());
}

type AttachArgs = { complaintId: string; eventId: string; attachment: Attachment };

/** A new attachment's id must be new on its complaint (the record the runner looked up under it). */
function attachNew(c: Complaint, a: AttachArgs, actor: Actor, now: Date, facts: MutationFacts): CommandResult | Refusal {
  const fresh = newAttachmentFor(a.attachment, facts.attachment);
  return isRefusal(fresh) ? fresh : attachFile(c, a, actor, now);
}

/** A removal acts on the attachment as recorded, never as the desk's copy claims it. */
function removeRecorded(c: Complaint, a: AttachArgs & { reason: string }, actor: Actor, now: Date, facts: MutationFacts): CommandResult | Refusal {
  const recorded = recordedAttachmentFor(a.attachment, facts.attachment);
  return isRefusal(recorded) ? recorded : removeAttachment(c, { ...a, attachment: recorded }, actor, now);
}

type SuspendArgs = SuspendClockCommand & { complaintId: string; attachmentId?: string | null | undefined };

/** A suspension's attachment, when it names one, must be on this complaint and not removed. */
function suspendWithRecorded(c: Complaint, a: SuspendArgs, actor: Actor, now: Date, facts: MutationFacts): CommandResult | Refusal {
  if (a.attachmentId != null && (!facts.attachment || facts.attachment.removed)) return refuse('attachment_unknown', 'attachments.refusal.unknown');
  return suspendClock(c, a, actor, now);
}

/** A resolution of a complaint no longer in review (another lead resolved it first) would overwrite theirs. */
function resolveInReview(c: Complaint, a: ResolveReviewArgs, actor: Actor, now: Date, facts: MutationFacts): CommandResult | Refusal {
  const result = resolveReview(c, a, actor, now);
  if (isRefusal(result) || facts.review.needsReview) return result;
  return refuse('not_in_review', 'sync.refusal.notInReview');
}

type AdvanceArgs = { complaintId: string; eventId: string; stage: (typeof STAGES)[number]; data: unknown };

interface CreateArgs {
  id: string;
  number: string;
  eventId: string;
  intake: unknown;
  call?: CallSnapshot | undefined;
}

/** `value[key]` moved by `shift` when it is a time string; anything else passes (the command refuses it). */
function withTime(value: unknown, key: string, shift: Shift, field: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const time = (value as Record<string, unknown>)[key];
  return typeof time === 'string' ? { ...value, [key]: shift(time, field) } : value;
}

/** A call's times as the desk's clock read them (when it started, was answered, ended). */
function callTimes(call: CallSnapshot, shift: Shift): CallSnapshot {
  return {
    ...call,
    startedAt: shift(call.startedAt, 'call.startedAt'),
    answeredAt: call.answeredAt === null ? null : shift(call.answeredAt, 'call.answeredAt'),
    endedAt: call.endedAt === null ? null : shift(call.endedAt, 'call.endedAt'),
  };
}

/**
 * Mutation name → args schema + pure command. The outbox, the wire and the server all use these names. */
export const MUTATORS = {
  'complaint.create': {
    /** call: the call it was taken on, when there was one (it reaches the desks that see the complaint). */
    args: z.object({ id, number: z.string().min(1).max(40), eventId: id, intake: z.unknown(), call: CallSnapshotSchema.optional() }).strict(),
    /** 重复投诉 is decided from the earlier complaints the runner holds (facts.regulatory), never from the desk's word. */
    run: (state: Complaint | null, a: CreateArgs, actor: Actor, now: Date, facts: MutationFacts) => create(state, a, actor, now, facts.regulatory),
    calls: (a: CreateArgs) => (a.call ? [a.call] : []),
    /** The number is the desk's, made from the call time as the desk's clock read it: checked before any time moves. */
    claims: numberClaim,
    times: (a: CreateArgs, shift: Shift): CreateArgs => ({
      ...a,
      intake: withTime(a.intake, 'callTime', shift, 'callTime'),
      ...(a.call ? { call: callTimes(a.call, shift) } : {}),
    }),
  },
  'complaint.advance': {
    args: z.object({ ...onComplaint, stage: z.enum(STAGES), data: z.unknown() }).strict(),
    /** Registration's codes are checked against the runner's classification, its 授权委托书 or proof against the attachment's record. */
    /** A close is scored (质检) with the scorecard of whoever applies it: the server's is the authority, a desk's provisional. */
    run: onExisting((c, a: AdvanceArgs, actor, now, facts) =>
      scoredOnClose(c, advance(c, a, actor, now, { classification: facts.regulatory?.classification, attachment: facts.attachment }), facts.quality, now),
    ),
    attachmentId: (a: AdvanceArgs) => (a.stage === 'registration' ? representationAttachmentId((a.data as { representation?: never } | null)?.representation) : null),
  },
  'complaint.refuseSolution': {
    args: z.object({ ...onComplaint, reason: z.string() }).strict(),
    run: onExisting(refuseSolution),
  },
  'complaint.withdraw': {
    args: z.object({ ...onComplaint, receivedAt: z.string(), reason: z.string().optional() }).strict(),
    run: onExisting(withdraw),
    times: <A extends { receivedAt: string }>(a: A, shift: Shift): A => ({ ...a, receivedAt: shift(a.receivedAt, 'receivedAt') }),
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
    times: <A extends { notice: unknown }>(a: A, shift: Shift): A => ({ ...a, notice: withTime(a.notice, 'toldAt', shift, 'notice.toldAt') }),
  },
  'complaint.suspendClock': {
    args: z
      .object({ ...onComplaint, suspensionId: id, kind: z.string(), reason: z.string(), party: z.string(), attachmentId: id.nullable().optional() })
      .strict(),
    run: onExisting(suspendWithRecorded),
    attachmentId: (a: SuspendArgs) => a.attachmentId ?? null,
  },
  'complaint.resumeClock': {
    args: z.object({ ...onComplaint, outcome: z.string() }).strict(),
    run: onExisting(resumeClock),
  },
  'complaint.approveSuspension': {
    args: z.object({ ...onComplaint }).strict(),
    run: onExisting(approveSuspension),
  },
  'complaint.recordContact': {
    args: z.object({ ...onComplaint, contactedAt: z.string(), method: z.string(), note: z.string().optional() }).strict(),
    run: onExisting(recordContact),
    times: <A extends { contactedAt: string }>(a: A, shift: Shift): A => ({ ...a, contactedAt: shift(a.contactedAt, 'contactedAt') }),
  },
  'complaint.recordReturnVisit': {
    /** One 回访 call: the shapes here, every rule (who, when, the answers) in the command. */
    args: z
      .object({
        ...onComplaint,
        attemptedAt: z.string(),
        reached: z.boolean(),
        satisfaction: z.string().nullable().optional(),
        acceptsResult: z.boolean().nullable().optional(),
        stillWants: z.string().optional(),
      })
      .strict(),
    run: onExisting(recordReturnVisit),
    times: <A extends { attemptedAt: string }>(a: A, shift: Shift): A => ({ ...a, attemptedAt: shift(a.attemptedAt, 'attemptedAt') }),
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
    run: onExisting(attachNew),
    attachmentId: (a: AttachArgs) => a.attachment.id,
  },
  'complaint.removeAttachment': {
    args: z.object({ ...onComplaint, attachment: AttachmentSchema, reason: z.string() }).strict(),
    run: onExisting(removeRecorded),
    attachmentId: (a: AttachArgs) => a.attachment.id,
  },
  'complaint.recordCall': {
    args: z.object({ complaintId: id, call: CallSnapshotSchema }).strict(),
    run: onExisting(recordCall),
    calls: (a: { call: CallSnapshot }) => [a.call],
    times: <A extends { call: CallSnapshot }>(a: A, shift: Shift): A => ({ ...a, call: callTimes(a.call, shift) }),
  },
  'complaint.updateContact': {
    args: z.object({ ...onComplaint, customerName: z.string(), contactPhone: z.string() }).strict(),
    run: onExisting(updateContact),
  },
  'complaint.requestReview': {
    /** 核查: complaintId is the new review complaint's id (fresh where it replays); originalId the decided complaint it reviews. */
    args: z
      .object({ complaintId: id, number: z.string().min(1).max(40), eventId: id, originalId: id, requestedAt: z.string(), decisionReceivedAt: z.string(), channel: z.string(), grounds: z.string() })
      .strict(),
    /** The original and its reviews are the runner's (facts.reviewRequest), never the desk's word. */
    run: (state: Complaint | null, a: RequestReviewCommand, actor: Actor, now: Date, facts: MutationFacts) => requestReview(state, a, actor, now, facts.reviewRequest),
    claims: reviewNumberClaim,
    originalId: (a: RequestReviewCommand) => a.originalId,
    times: <A extends { requestedAt: string; decisionReceivedAt: string }>(a: A, shift: Shift): A => ({
      ...a,
      requestedAt: shift(a.requestedAt, 'requestedAt'),
      decisionReceivedAt: shift(a.decisionReceivedAt, 'decisionReceivedAt'),
    }),
  },
  /** 质检: the team's lead confirms or overrides a scored check (facts.quality says whether the actor leads the complaint's team). */
  'complaint.reviewQualityCheck': {
    args: z.object({ ...onComplaint, ...QualityReviewArgs }).strict(),
    run: onExisting((c, a: { eventId: string; checkId: string; verdict: 'confirmed' | 'overridden'; comment: string }, actor, now, facts) =>
      reviewQualityCheck(c, a, actor, now, facts.quality),
    ),
  },
  /** 质检: the complaint's handler appeals a failed check (one open appeal per check). */
  'complaint.appealQualityCheck': {
    args: z.object({ ...onComplaint, ...QualityAppealArgs }).strict(),
    run: onExisting(appealQualityCheck),
  },
  /** 质检: the team's lead upholds or rejects the open appeal of a check. */
  'complaint.resolveQualityAppeal': {
    args: z.object({ ...onComplaint, ...QualityResolveArgs }).strict(),
    run: onExisting((c, a: { eventId: string; checkId: string; outcome: 'upheld' | 'rejected'; comment: string }, actor, now, facts) =>
      resolveQualityAppeal(c, a, actor, now, facts.quality),
    ),
  },
  'complaint.resolveReview': {
    args: ResolveReviewArgsSchema,
    run: onExisting(resolveInReview),
    resolves: (a: ResolveReviewArgs) => new Set(a.choices.map((c) => c.field)),
  },
} as const;

/**
 * What a registry entry may declare besides its args and command — so the rules of a mutation live in one
 * place, used by the desk's use case, the desk's replay after a pull and the server's push alike:
 * `claims`, checks of what the desk claims that must see the arguments as sent (before any time moves);
 * `times`, the arguments with every time the desk's clock read passed through a shift (the server's
 * clock correction); `attachmentId`, the attachment whose record the runner looks up (MutationFacts);
 * `calls`, the calls it records on its complaint; `resolves`, the review fields it decides; `originalId`, the
 * complaint a 核查 request reviews (the runner reads it and its reviews into MutationFacts.reviewRequest) —
 * such a mutation creates the complaint it is about, like complaint.create.
 */
export interface MutatorEntry {
  args: z.ZodType;
  run: Mutator<never>;
  claims?: (args: never) => Refusal | null;
  times?: (args: never, shift: Shift) => unknown;
  attachmentId?: (args: never) => string | null;
  calls?: (args: never) => CallSnapshot[];
  resolves?: (args: never) => Set<string>;
  originalId?: (args: never) => string;
}

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

/** The entry of a mutation and its arguments parsed by its schema, or null (unknown name, arguments outside the schema). */
function parsedEntry(name: string, args: unknown): { entry: MutatorEntry; args: never } | null {
  if (!isMutationName(name)) return null;
  const entry: MutatorEntry = MUTATORS[name];
  const parsed = entry.args.safeParse(args);
  return parsed.success ? { entry, args: parsed.data as never } : null;
}

/** The calls a mutation records on its complaint (a create taken on a call, a recorded call), from its arguments. */
export function callsOf(name: string, args: unknown): CallSnapshot[] {
  const found = parsedEntry(name, args);
  return found?.entry.calls?.(found.args) ?? [];
}

/** The attachment a mutation names, whose record its runner looks up (MutationFacts.attachment); null for none. */
export function attachmentIdOf(name: string, args: unknown): string | null {
  const found = parsedEntry(name, args);
  return found?.entry.attachmentId?.(found.args) ?? null;
}

/** The complaint a 核查 request reviews (MutationFacts.reviewRequest), or null for any other mutation. */
export function originalIdOf(name: string, args: unknown): string | null {
  const found = parsedEntry(name, args);
  return found?.entry.originalId?.(found.args) ?? null;
}

/** Whether the mutation creates the complaint it is about (a new complaint, a 核查's review complaint): its state starts as null. */
export const createsComplaint = (name: string): boolean => name === 'complaint.create' || name === 'complaint.requestReview';

/** The review fields a mutation decides (a resolution's choices; empty for any other). */
export function resolvedFieldsOf(name: string, args: unknown): Set<string> {
  const found = parsedEntry(name, args);
  return found?.entry.resolves?.(found.args) ?? new Set();
}
