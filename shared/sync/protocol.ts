import { z } from 'zod';
import { ActorSchema } from '../domain/actor';
import { ComplaintSchema, TimelineEventSchema } from '../domain/complaint';
import { CallSnapshotSchema } from '../domain/cti/call-snapshot';
import { CLOCK_REASONS } from './desk-clock';

/** Paths relative to API_PREFIX. */
export const SYNC_ROUTES = { push: '/sync/push', pull: '/sync/pull', poke: '/sync/poke', snapshot: '/sync/snapshot' } as const;

/** The most mutations one push carries, and the most changes one pull page holds. */
export const PUSH_BATCH_MAX = 100;
export const PULL_PAGE_MAX = 500;

const clientId = z.string().min(8).max(64);
const id = z.string().min(1).max(64);

/** One outbox row on the wire: {clientId (per push), id (per client, +1), opId, name, args, baseVersions} plus its time and actor. */
export const WireMutationSchema = z
  .object({
    id: z.number().int().positive(),
    opId: id,
    name: z.string().min(1).max(64),
    args: z.unknown(),
    baseVersions: z.record(z.string().max(64), z.number().int().nonnegative()),
    createdAt: z.iso.datetime({ offset: true }),
    /** The actor the desk ran it as; the server acts as the authenticated user and checks they are the same person. */
    actor: ActorSchema,
  })
  .strict();
export type WireMutation = z.infer<typeof WireMutationSchema>;

export const PushRequestSchema = z
  .object({
    clientId,
    mutations: z.array(WireMutationSchema).max(PUSH_BATCH_MAX),
    /**
     * The desk's clock as it sends the push: the server measures the skew against its own clock and moves the
     * batch's times by it (shared/sync/desk-clock.ts). A client that leaves it out is taken to be on time.
     */
    deskClock: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type PushRequest = z.infer<typeof PushRequestSchema>;

/** A time of a pushed mutation the server did not take as the desk said it (moved by the skew, clamped, or flagged). */
export const ClockCorrectionSchema = z.object({
  mutationId: z.number().int(),
  opId: z.string(),
  name: z.string(),
  complaintId: z.string(),
  /** Where the time sits in the mutation: createdAt, callTime (a create's intake), receivedAt (a withdrawal), call.startedAt, notice.toldAt … */
  field: z.string(),
  deskTime: z.string(),
  serverTime: z.string(),
  reason: z.enum(CLOCK_REASONS),
});
export type ClockCorrection = z.infer<typeof ClockCorrectionSchema>;

export const PushResponseSchema = z.object({
  lastMutationId: z.number().int().nonnegative(),
  /** The server's clock when it answered: the desk compares its own (and warns its agent beyond 5 minutes). */
  serverTime: z.string().optional(),
  /** This push's times the server corrected, for the desk's 同步 page. */
  corrections: z.array(ClockCorrectionSchema).default([]),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullRequestSchema = z
  .object({
    clientId,
    /** The change-feed position the desk has applied up to (0: from the beginning). */
    cursor: z.number().int().nonnegative(),
    /** Rejections of this client after this mutation id are sent (the desk keeps the highest it stored). */
    rejectionsAfter: z.number().int().nonnegative().default(0),
    limit: z.number().int().positive().max(PULL_PAGE_MAX).default(PULL_PAGE_MAX),
  })
  .strict();
export type PullRequest = z.input<typeof PullRequestSchema>;

/** A conflict on a designated field: the server kept its value; both are recorded for the lead's review. */
export const FieldConflictSchema = z.object({
  field: z.string(),
  serverValue: z.unknown(),
  deskValue: z.unknown(),
  opId: z.string(),
  by: z.object({ id: z.string(), name: z.string() }),
  at: z.string(),
  /** A time flagged by the server's clock rule (field receivedAt) rather than an edit on two desks. */
  reason: z.enum(CLOCK_REASONS).optional(),
});
export type FieldConflict = z.infer<typeof FieldConflictSchema>;

/** A branch (分公司) of the organisation as the server names it. */
export const BranchRefSchema = z.object({ id: z.string(), name: z.string() });
export type BranchRef = z.infer<typeof BranchRefSchema>;

/** The server's state of a complaint besides the domain record: authoritative per-field versions, review flag, tombstone. */
export const ServerMetaSchema = z.object({
  fieldVersions: z.record(z.string(), z.number().int()),
  needsReview: z.boolean(),
  conflicts: z.array(FieldConflictSchema),
  deleted: z.boolean(),
  /**
   * The branch the server places the complaint in (its handler's team's branch; null when that person has
   * no team); absent from a server of before branches were sent, and then the desk keeps what it had.
   */
  branch: BranchRefSchema.nullable().optional(),
});
export type ServerMeta = z.infer<typeof ServerMetaSchema>;

/** A complaint as the server has it now, with its whole timeline, its calls and the server's meta: replace the local one. */
export const PutChangeSchema = z.object({
  kind: z.literal('put'),
  complaint: ComplaintSchema,
  events: z.array(TimelineEventSchema),
  meta: ServerMetaSchema,
  /** The calls the complaint was taken on or linked to (latest snapshot of each). */
  calls: z.array(CallSnapshotSchema).optional(),
});
export type PutChange = z.infer<typeof PutChangeSchema>;

export const ChangeSchema = z.discriminatedUnion('kind', [
  PutChangeSchema,
  /** The complaint left this desk's view (reassigned elsewhere): drop it locally. Never inferred from absence. */
  z.object({ kind: z.literal('remove'), complaintId: z.string() }),
]);
export type Change = z.infer<typeof ChangeSchema>;

export const RejectionSchema = z.object({
  mutationId: z.number().int(),
  opId: z.string(),
  name: z.string(),
  code: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  at: z.string(),
});
export type Rejection = z.infer<typeof RejectionSchema>;

export const PullResponseSchema = z.object({
  changes: z.array(ChangeSchema),
  /** Where the next page starts; the desk stores it with the page, in one transaction. */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** The feed's newest position when the page was read: progress is cursor / highWater. */
  highWater: z.number().int().nonnegative(),
  /** The last of this client's mutations the server has applied or rejected: the desk drops those up to it. */
  lastMutationId: z.number().int().nonnegative(),
  rejections: z.array(RejectionSchema),
  /** The server's clock when it answered (see PushResponse). */
  serverTime: z.string().optional(),
  /**
   * The version of the organisation's settings (deadline days, subtypes, phrases, templates) when the page
   * was read: a desk holding an older one fetches them (GET /org-settings) and recomputes its due dates.
   * Absent from a server of before; a settings change also pokes every connected desk.
   */
  settingsVersion: z.number().int().nonnegative().optional(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;
