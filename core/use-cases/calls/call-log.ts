import type { CallRecord } from '../../../shared/api/calls';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import type { Actor } from '../../../shared/domain/actor';
import { normalizePhone } from '../../../shared/domain/phone';
import { findCall, findCalls, linkCallToComplaint } from '../../../db/repositories/calls';
import { listComplaintsByPhoneKey } from '../../../db/repositories/complaint-matching';
import { indexComplaint } from '../../../db/repositories/search-index';
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
  const previous = findCall(ctx.db, input.callId);
  ctx.db.transaction(() => {
    if (!linkCallToComplaint(ctx.db, input.callId, input.complaintId)) throw DeskError.of('not_found', 'calls.errors.callNotFound');
    // The caller's number now finds the complaint; a call moved from another complaint stops finding that one.
    for (const id of new Set([previous?.complaintId, input.complaintId])) if (id) indexComplaint(ctx.db, id);
  })();
  const call = findCall(ctx.db, input.callId) as CallRecord;
  ctx.events.emit('call.updated', { call });
  return call;
}
