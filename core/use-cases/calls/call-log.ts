import type { CallRecord } from '../../../shared/api/calls';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import type { Actor } from '../../../shared/domain/actor';
import { callLinkProblem } from '../../../shared/domain/call-link';
import { normalizePhone } from '../../../shared/domain/phone';
import { callsOfComplaint, findCall, findCalls, linkCallToComplaint, setCallRecordingRef } from '../../../db/repositories/calls';
import { listComplaintsByPhoneKey } from '../../../db/repositories/complaint-matching';
import { deleteDraft } from '../../../db/repositories/drafts';
import { enqueueForIndexing } from '../../../db/repositories/search-queue';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { loadComplaintFor, visibleTo } from '../complaints/complaint-scope';
import { toListItems } from '../complaints/list-items';
import { shareCall } from './share-call';

export function listCalls(ctx: DeskContext, options: { missedOnly: boolean; limit: number }): CallRecord[] {
  return findCalls(ctx.db, options);
}

/** The calls a complaint the person may see was taken on or linked to (this desk's own, or pulled with it). */
export function callsOfComplaintFor(ctx: DeskContext, actor: Actor, complaintId: string): CallRecord[] {
  loadComplaintFor(ctx.db, complaintId, actor);
  return callsOfComplaint(ctx.db, complaintId);
}

/** The caller's earlier complaints that the agent may see, however either number was written. */
export function callerHistory(ctx: DeskContext, actor: Actor, number: string): ComplaintListItem[] {
  const key = normalizePhone(number);
  return key ? toListItems(ctx, visibleTo(actor, listComplaintsByPhoneKey(ctx.db, key))) : [];
}

/** Links inside the caller's transaction; throws (rolling it back) when the call cannot be linked. */
function linkInTransaction(ctx: DeskContext, callId: string, complaintId: string): void {
  const call = findCall(ctx.db, callId);
  if (!call) throw DeskError.of('not_found', 'calls.errors.callNotFound');
  if (callLinkProblem(call, complaintId)) throw DeskError.of('refused', 'calls.errors.alreadyLinked');
  linkCallToComplaint(ctx.db, callId, complaintId);
  // The caller's number now finds the complaint; a call moved from another complaint stops finding that one.
  enqueueForIndexing(ctx.db, [...new Set([call.complaintId, complaintId])].filter((id): id is string => id !== null && id !== undefined));
}

function announce(ctx: DeskContext, callId: string): CallRecord {
  const call = findCall(ctx.db, callId) as CallRecord;
  ctx.events.emit('call.updated', { call });
  return call;
}

/**
 * The call's recording reference, as the PBX names it; the desk never fetches or plays it. A call linked
 * to a complaint is changed only by someone who may read that complaint.
 */
export function setCallRecording(ctx: DeskContext, actor: Actor, input: { callId: string; recordingRef: string }): CallRecord {
  const call = findCall(ctx.db, input.callId);
  if (!call) throw DeskError.of('not_found', 'calls.errors.callNotFound');
  if (call.complaintId) loadComplaintFor(ctx.db, call.complaintId, actor);
  ctx.db.transaction(() => {
    setCallRecordingRef(ctx.db, input.callId, input.recordingRef || null);
    shareCall(ctx, actor, input.callId);
  })();
  return announce(ctx, input.callId);
}

/** The agent's explicit "link this call to this complaint" (never a side effect of viewing a complaint). */
export function linkCall(ctx: DeskContext, actor: Actor, input: { callId: string; complaintId: string }): CallRecord {
  loadComplaintFor(ctx.db, input.complaintId, actor);
  ctx.db.transaction(() => {
    linkInTransaction(ctx, input.callId, input.complaintId);
    shareCall(ctx, actor, input.callId);
  })();
  return announce(ctx, input.callId);
}

/**
 * "Add to the open complaint" from the duplicate offer: the call (if any) is linked and the intake's
 * draft dropped in one transaction, so neither happens without the other.
 */
export function addIntakeToComplaint(
  ctx: DeskContext,
  actor: Actor,
  input: { complaintId: string; draftId: string; callId?: string | undefined },
): { complaintId: string; call: CallRecord | null } {
  loadComplaintFor(ctx.db, input.complaintId, actor);
  ctx.db.transaction(() => {
    if (input.callId) linkInTransaction(ctx, input.callId, input.complaintId);
    deleteDraft(ctx.db, input.draftId, actor.id);
    if (input.callId) shareCall(ctx, actor, input.callId);
  })();
  return { complaintId: input.complaintId, call: input.callId ? announce(ctx, input.callId) : null };
}
