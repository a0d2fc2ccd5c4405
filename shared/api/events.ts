import { z } from 'zod';
import { CallRecordSchema } from './calls';
import { ComplaintListItemSchema } from './complaints';
import { ApiErrorSchema } from './errors';
import { ReminderSchema } from '../domain/reminders/due-reminders';

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
  /** An export's progress: rows written of the total. */
  'exports.progress': z.object({ jobId: z.string(), written: z.number().int(), total: z.number().int() }),
  /**
   * An export ended: its file is ready to save or download once (done), or it was cancelled or failed;
   * a failure says why (an i18n key and its values: the server unreachable, no permission there, …).
   */
  'exports.finished': z.object({
    jobId: z.string(),
    status: z.enum(['done', 'cancelled', 'failed']),
    fileName: z.string(),
    error: ApiErrorSchema.pick({ messageKey: true, params: true }).optional(),
  }),
  /** The endpoint started, moved or could not listen (listeningPort null); settings screens refresh. */
  'cti.statusChanged': z.object({ listeningPort: z.number().int().nullable() }),
  /** Deadlines that turned due soon or overdue for the signed-in person, not yet notified; whoever shows them calls reminders.markShown. */
  'reminders.due': z.object({ personId: z.string(), reminders: z.array(ReminderSchema) }),
  /** The person clicked a reminder shown by the shell: the page opens the complaint. */
  'reminders.opened': z.object({ complaintId: z.string() }),
  /** Sync moved on: pushed or pulled a batch, went on- or offline, finished a round. The top bar refreshes. */
  'sync.progress': z.object({
    syncing: z.boolean(),
    online: z.boolean(),
    progress: z.number().min(0).max(1).nullable(),
    firstSync: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).nullable().optional(),
  }),
  /**
   * An attachment's content moving between this desk and the server: bytes done of its size; `finished`
   * once the server has checked it (upload) or the desk has stored it (download). The attachment list shows it.
   */
  'attachments.transfer': z.object({
    sha256: z.string(),
    direction: z.enum(['upload', 'download']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    finished: z.boolean(),
  }),
  /**
   * The organisation's settings (deadline days, subtypes, phrases, templates) reached this desk with a new
   * version — fetched at sign-in or after a pull said the server holds a newer one — and the stored due
   * dates were recomputed: every screen refreshes what it shows.
   */
  'orgSettings.changed': z.object({ version: z.number().int().nonnegative() }),
  /**
   * The search index is catching up: complaints done of total, while the desk's indexer drains a long queue
   * (a first sync, many pulled complaints), a migration of an existing database builds it, or search.rebuild
   * runs; done = total when it has caught up. The top bar shows it.
   */
  'search.indexProgress': z.object({ done: z.number().int(), total: z.number().int() }),
  /** The live transcript moved on: a segment of the customer's words (a partial one is replaced by the next), or it ended. */
  'assist.transcript': z.object({
    segment: z.object({ text: z.string(), final: z.boolean() }).nullable(),
    running: z.boolean(),
  }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** One event with its payload, typed by its name: `switch (event.name)` narrows the payload. */
export type DeskEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
export type DeskEventListener = (event: DeskEvent) => void;

export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}

/**
 * An event as it arrived over IPC or the event stream, checked against its schema: the typed
 * event, or null for an unknown name or a payload of the wrong shape (a desk of another version).
 */
export function toDeskEvent(name: string, payload: unknown): DeskEvent | null {
  if (!isEventName(name)) return null;
  const parsed = events[name].safeParse(payload);
  // The schema just checked the payload for this very name; TypeScript cannot follow the pairing.
  return parsed.success ? ({ name, payload: parsed.data } as DeskEvent) : null;
}
