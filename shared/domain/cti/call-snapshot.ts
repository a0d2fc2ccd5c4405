import { z } from 'zod';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { CALL_DIRECTIONS, HANGUP_CAUSES } from './call-event';

/**
 * A call as it travels with the complaint it was taken on, so that the desks that see the complaint (its
 * lead's, an admin's) know which call it came from. The desk that took the call keeps the full row; this
 * is the row without the desk-local parts (the normalised key is recomputed, the link is the complaint).
 */
export const CallSnapshotSchema = z
  .object({
    id: z.string().min(1).max(250),
    number: z.string().max(64),
    direction: z.enum(CALL_DIRECTIONS),
    agent: z.string().max(250).nullable(),
    queue: z.string().max(250).nullable(),
    source: z.enum(['http', 'url', 'argv']),
    startedAt: z.string().max(40),
    answeredAt: z.string().max(40).nullable(),
    endedAt: z.string().max(40).nullable(),
    durationSeconds: z.number().int().nonnegative().nullable(),
    cause: z.enum(HANGUP_CAUSES).nullable(),
    recordingRef: z.string().max(500).nullable(),
  })
  .strict();
export type CallSnapshot = z.infer<typeof CallSnapshotSchema>;

/**
 * complaint.recordCall: the call the complaint was taken on (or linked to), as it stands now — sent again
 * when it ends or gets its recording reference. The complaint itself does not change and the timeline
 * gets no entry; the call travels beside the complaint and the latest snapshot wins.
 */
export function recordCall(complaint: Complaint): CommandResult {
  return { complaint, events: [] };
}
