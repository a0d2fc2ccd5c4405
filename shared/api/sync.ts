import { z } from 'zod';
import { SUPERVISOR_ROLES } from '../domain/actor';
import { ComplaintSchema } from '../domain/complaint';
import { ClockCorrectionSchema, FieldConflictSchema, RejectionSchema } from '../sync/protocol';

/**
 * What the desk has to tell about its sync besides the counts (the 同步 page shows it): `repulledFromStart` —
 * the server refused the desk's cursor as past its feed (a database restored from an old backup), so the desk
 * pulled everything again from the start; `clientNotBound` — the server does not know this desk's client id
 * as the person's (sign in online again).
 */
export const SyncNoticeSchema = z.object({ code: z.enum(['repulledFromStart', 'clientNotBound']), at: z.string() });
export type SyncNotice = z.infer<typeof SyncNoticeSchema>;

export const SyncStatusSchema = z.object({
  /** A server is configured and this person is signed in online: the desk syncs. */
  enabled: z.boolean(),
  /** The last round reached the server. */
  online: z.boolean(),
  /** A round is running now. */
  syncing: z.boolean(),
  /** This person's mutations not yet acknowledged by the server. */
  pending: z.number().int(),
  lastSyncAt: z.string().nullable(),
  rejected: z.number().int(),
  /** Progress of a long sync (a first pull of a lead's team), 0–1; null when idle. */
  progress: z.number().min(0).max(1).nullable(),
  /** While a first sync's snapshot streams in: complaints received of those it sends; null otherwise. */
  firstSync: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).nullable().default(null),
  /** The server's clock minus this desk's at the last answer, in ms; null before any. */
  clockOffsetMs: z.number().nullable().default(null),
  /** The desk's clock is more than 5 minutes off the server's: the agent is warned. */
  clockOff: z.boolean().default(false),
  /** The latest sync notice for this person on this desk, if any. */
  notice: SyncNoticeSchema.nullable().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const ReviewItemSchema = z.object({ complaint: ComplaintSchema, conflicts: z.array(FieldConflictSchema) });

export const syncCalls = {
  /** Where sync stands: online, pending count, last sync, rejected count. */
  'sync.status': { input: z.object({}), output: SyncStatusSchema, access: 'signedIn' },
  /** Sync now instead of waiting for the next round; answers the status after it. */
  'sync.now': { input: z.object({}), output: SyncStatusSchema, access: 'signedIn' },
  /** My mutations the server refused, newest first, each with its reason (an i18n key). */
  'sync.rejections': { input: z.object({}), output: z.array(RejectionSchema), access: 'signedIn' },
  /** Times of my changes the server corrected by its clock (newest first, this session). */
  'sync.clockCorrections': { input: z.object({}), output: z.array(ClockCorrectionSchema), access: 'signedIn' },
  /** Complaints the server flagged for review: a designated field changed on two desks. */
  'sync.reviewQueue': { input: z.object({}), output: z.array(ReviewItemSchema), access: SUPERVISOR_ROLES },
} as const;
