import { z } from 'zod';
import { PutChangeSchema } from './protocol';

/**
 * A first sync as one streamed snapshot (`POST /api/v1/sync/snapshot`): instead of paging through the whole
 * feed from 0, a client with nothing (cursor 0, or told to start over) receives every complaint its person may
 * see now, as newline-delimited JSON, then pulls the ordinary feed from the snapshot's cursor.
 *
 * Lines, in this order: one `begin`; the caller's own and assigned complaints as `put`s; one `ownDone`; the
 * rest of what they may see as `put`s; one `end`. A stream without its `end` (a broken connection) is
 * incomplete: the client keeps what it applied, leaves its cursor at 0 and asks for a snapshot again.
 */
export const SnapshotRequestSchema = z.object({ clientId: z.string().min(8).max(64) }).strict();
export type SnapshotRequest = z.infer<typeof SnapshotRequestSchema>;

/** The snapshot's media type: one JSON value a line. */
export const SNAPSHOT_CONTENT_TYPE = 'application/x-ndjson';

/** The most complaints a client applies in one local transaction while a snapshot streams. */
export const SNAPSHOT_BATCH = 2_000;

export const SnapshotBeginSchema = z.object({
  kind: z.literal('begin'),
  /** The feed position to pull from once the snapshot is applied: no change after it is missing from the feed. */
  cursor: z.number().int().nonnegative(),
  /** How many complaints the snapshot will send (progress is received / total). */
  total: z.number().int().nonnegative(),
  /** How many of them are the caller's own or assigned ones, sent first. */
  own: z.number().int().nonnegative(),
  /** The last of this client's mutations the server has processed, as in a pull. */
  lastMutationId: z.number().int().nonnegative(),
  serverTime: z.string(),
  settingsVersion: z.number().int().nonnegative().optional(),
});
export type SnapshotBegin = z.infer<typeof SnapshotBeginSchema>;

export const SnapshotOwnDoneSchema = z.object({ kind: z.literal('ownDone'), count: z.number().int().nonnegative() });
export const SnapshotEndSchema = z.object({ kind: z.literal('end'), count: z.number().int().nonnegative() });

export const SnapshotLineSchema = z.discriminatedUnion('kind', [SnapshotBeginSchema, PutChangeSchema, SnapshotOwnDoneSchema, SnapshotEndSchema]);
export type SnapshotLine = z.infer<typeof SnapshotLineSchema>;
