import { z } from 'zod';
import { CALL_DIRECTIONS, HANGUP_CAUSES } from '../domain/cti/call-event';
import { RecordingRefSchema } from '../domain/attachments/recording-ref';
import { ComplaintListItemSchema } from './complaints';

/** One softphone call as the calls table keeps it. */
export const CallRecordSchema = z.object({
  /** The softphone's callId (or one the desk made up when a URL or argv gave none). */
  id: z.string(),
  /** The customer's side as the softphone sent it; may be "anonymous". */
  number: z.string(),
  /** normalizePhone(number): what history and duplicate matching use; null when withheld. */
  numberKey: z.string().nullable(),
  direction: z.enum(CALL_DIRECTIONS),
  /** Who took it: the PBX's answeringNumber, else the agents the event named. */
  agent: z.string().nullable(),
  queue: z.string().nullable(),
  source: z.enum(['http', 'url', 'argv']),
  startedAt: z.string(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** Talk time from answer to hangup; 0 for a call nobody answered, null while it lasts. */
  durationSeconds: z.number().int().nonnegative().nullable(),
  cause: z.enum(HANGUP_CAUSES).nullable(),
  complaintId: z.string().nullable(),
  /** The PBX's recording of this call (id or URL), when noted. */
  recordingRef: z.string().nullable(),
  /** An inbound call that ended without anybody answering. */
  missed: z.boolean(),
});
export type CallRecord = z.infer<typeof CallRecordSchema>;

const callId = z
  .string({ error: 'validation.callId.required' })
  .trim()
  .min(1, { error: 'validation.callId.required' })
  .max(250, { error: 'validation.callId.invalid' });

export const callCalls = {
  /** Calls, newest first; missedOnly lists inbound calls nobody answered. */
  'calls.list': {
    input: z.object({ missedOnly: z.boolean().optional().default(false), limit: z.number().int().min(1).max(500).optional().default(100) }),
    output: z.array(CallRecordSchema),
    access: 'signedIn',
  },
  /** The caller's earlier complaints, matched on the normalised number, most recent first. */
  'calls.callerHistory': {
    input: z.object({ number: z.string({ error: 'validation.callerNumber.required' }).trim().min(1, { error: 'validation.callerNumber.required' }).max(64) }),
    output: z.array(ComplaintListItemSchema),
    access: 'signedIn',
  },
  /** The calls a complaint was taken on or linked to, oldest first — pulled with it when another desk took them. */
  'calls.ofComplaint': {
    input: z.object({ complaintId: z.string().min(1) }),
    output: z.array(CallRecordSchema),
    access: 'signedIn',
  },
  /** The agent's explicit "link this call to this complaint"; a call linked to another complaint is refused. */
  'calls.linkComplaint': {
    input: z.object({ callId, complaintId: z.string().min(1) }),
    output: CallRecordSchema,
    access: 'signedIn',
  },
  /** Note where the PBX keeps this call's recording (its id or URL); empty clears it. */
  'calls.setRecordingRef': {
    input: z.object({ callId, recordingRef: RecordingRefSchema }),
    output: CallRecordSchema,
    access: 'signedIn',
  },
  /**
   * "Add to the open complaint" from the intake's duplicate offer: links the call (if the intake was
   * for one) and drops the intake's draft, in one transaction.
   */
  'calls.addIntakeToComplaint': {
    input: z.strictObject({
      complaintId: z.string().trim().min(1).max(64),
      draftId: z.string().trim().regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'validation.draftId.invalid' }),
      callId: callId.optional(),
    }),
    output: z.object({ complaintId: z.string(), call: CallRecordSchema.nullable() }),
    access: 'signedIn',
  },
} as const;
