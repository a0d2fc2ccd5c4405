import type { CallRecord } from '../../../shared/api/calls';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import { normalizePhone } from '../../../shared/domain/phone';
import { findCall, linkCallToComplaint, listCalls as listCallRows } from '../../../db/repositories/calls';
import { listComplaintsByPhoneKey } from '../../../db/repositories/complaint-matching';
import { findComplaint } from '../../../db/repositories/complaints';
import { indexComplaint } from '../../../db/repositories/search-index';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { toListItems } from '../complaints/list-items';

export function listCalls(ctx: DeskContext, options: { missedOnly: boolean; limit: number }): CallRecord[] {
  return listCallRows(ctx.db, options);
}

/** The caller's earlier complaints, however either number was written. */
export function callerHistory(ctx: DeskContext, number: string): ComplaintListItem[] {
  const key = normalizePhone(number);
  return key ? toListItems(ctx, listComplaintsByPhoneKey(ctx.db, key)) : [];
}

/** The agent opened an existing complaint during the call (e.g. chose "add to the open complaint"). */
export function linkCall(ctx: DeskContext, input: { callId: string; complaintId: string }): CallRecord {
  if (!findComplaint(ctx.db, input.complaintId)) throw DeskError.of('not_found', 'errors.complaintNotFound');
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
