import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import type { Refusal } from '../refusal';
import { changeComplaint } from '../workflow/change';
import { refuseInvalid } from '../workflow/guards';

export const RECORDING_REF_EVENT_KIND = 'recordingRef.set';

/** A PBX recording id or an http(s) URL of the recording; empty clears it. */
export const RecordingRefSchema = z
  .string()
  .trim()
  .max(500, { error: 'validation.recordingRef.tooLong' })
  .refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:\/\//i.test(value), { error: 'validation.recordingRef.scheme' });

export interface SetRecordingRefCommand {
  eventId: string;
  recordingRef: string;
}

/** complaint.setRecordingRef: notes where the PBX keeps the call's recording; the desk never fetches or plays it. */
export function setRecordingRef(complaint: Complaint, command: SetRecordingRefCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const parsed = RecordingRefSchema.safeParse(command.recordingRef);
  if (!parsed.success) return refuseInvalid('recording_ref_invalid', parsed.error);
  const recordingRef = parsed.data === '' ? null : parsed.data;
  return changeComplaint(complaint, { recordingRef }, actor, now, { eventId: command.eventId, kind: RECORDING_REF_EVENT_KIND });
}
