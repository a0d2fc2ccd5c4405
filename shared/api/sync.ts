import { z } from 'zod';
import { SUPERVISOR_ROLES } from '../domain/actor';
import { ComplaintSchema } from '../domain/complaint';
import { FieldConflictSchema, RejectionSchema } from '../sync/protocol';

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
  /** Complaints the server flagged for review: a designated field changed on two desks. */
  'sync.reviewQueue': { input: z.object({}), output: z.array(ReviewItemSchema), access: SUPERVISOR_ROLES },
} as const;
