import type { CallRecord } from '../../../shared/api/calls';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import type { Actor } from '../../../shared/domain/actor';
import { normalizePhone } from '../../../shared/domain/phone';
import { findCall, findCalls, linkCallToComplaint, setCallRecordingRef } from '../../../db/repositories/calls';
import { listComplaintsByPhoneKey } from '../../../db/repositories/complaint-matching';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { loadComplaintFor, visibleTo } from '../complaints/complaint-scope';
import { toListItems } from '../complaints/list-items';

export function listCalls(ctx: DeskContext, options: { missedOnly: boolean; limit: number }): CallRecord[] {
  return findCalls(ctx.db, options);
}

/** The caller's earlier complaints that the agent may see, however either number was written. */
export function callerHistory(ctx: DeskContext, actor: Actor, number: string): ComplaintListItem[] {
  const key = normalizePhone(number);
  return key ? toListItems(ctx, visibleTo(actor, listComplaintsByPhoneKey(ctx.db, key))) : [];
}

/** The agent opened an existing complaint during the call (e.g. chose "add to the open complaint"). */
export function linkCall(ctx: DeskContext, actor: Actor, input: { callId: string; complaintId: string }): CallRecord {
  loadComplaintFor(ctx.db, input.complaintId, actor);
  if (!linkCallToComplaint(ctx.db, input.callId, input.complaintId)) throw DeskError.of('not_found', 'calls.errors.callNotFound');
  const call = findCall(ctx.db, input.callId) as CallRecord;
  ctx.events.emit('call.updated', { call });
  return call;
}

/** The call's recording reference, as the PBX names it; the desk never fetches or plays it. */
export function setCallRecording(ctx: DeskContext, input: { callId: string; recordingRef: string }): CallRecord {
  if (!setCallRecordingRef(ctx.db, input.callId, input.recordingRef || null)) throw DeskError.of('not_found', 'calls.errors.callNotFound');
  const call = findCall(ctx.db, input.callId) as CallRecord;
  ctx.events.emit('call.updated', { call });
  return call;
}
