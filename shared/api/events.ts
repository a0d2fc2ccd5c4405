import { z } from 'zod';
import { CallRecordSchema } from './calls';
import { ComplaintListItemSchema } from './complaints';

/** Everything the desk pushes to the UI without being asked. */
export const events = {
  /** A complaint was created or changed; lists and open pages refresh it. */
  'complaints.changed': z.object({ id: z.string() }),
  /**
   * A new inbound call: the intake pops with the number filled in and the timer started at
   * call.startedAt, beside the caller's earlier complaints. popUp is false when the event named
   * other agents (targetAgents) or nobody is signed in; the call is recorded either way.
   */
  'call.incoming': z.object({
    call: CallRecordSchema,
    history: z.array(ComplaintListItemSchema),
    targetAgents: z.array(z.string()),
    popUp: z.boolean(),
  }),
  /** A call was answered, hung up, linked to a complaint, or an outbound call began. */
  'call.updated': z.object({ call: CallRecordSchema }),
  /** The CTI endpoint's port or token changed: the shell restarts the endpoint. */
  'cti.settingsChanged': z.object({ port: z.number().int(), token: z.string() }),
  /** The endpoint started, moved or could not listen (listeningPort null); settings screens refresh. */
  'cti.statusChanged': z.object({ listeningPort: z.number().int().nullable() }),
  /** The search index is being built (a migration of an existing database, or search.rebuild): complaints done of total. */
  'search.indexProgress': z.object({ done: z.number().int(), total: z.number().int() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
