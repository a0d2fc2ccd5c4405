import type { Actor } from '../../../shared/domain/actor';
import type { CallRecord } from '../../../shared/api/calls';
import { callSnapshot, findCall } from '../../../db/repositories/calls';
import { findComplaint } from '../../../db/repositories/complaints';
import type { DeskContext } from '../../context';
import { visibleTo } from '../complaints/complaint-scope';
import { applyMutation } from '../workflow/apply-mutation';

/**
 * Sends the call as it stands now with the complaint it is linked to (complaint.recordCall through the
 * outbox), so the desks that see the complaint — its lead's — see which call it came from. Runs inside
 * the caller's transaction when there is one.
 */
export function shareCall(ctx: DeskContext, actor: Actor, callId: string): void {
  const call = findCall(ctx.db, callId);
  if (!call?.complaintId) return;
  applyMutation(ctx, actor, 'complaint.recordCall', { complaintId: call.complaintId, call: callSnapshot(call) });
}

/**
 * A linked call changed on its own (answered, hung up): share it as the signed-in person when they may
 * see its complaint; otherwise it goes with the next change someone who may see it makes to the call.
 */
export function shareLinkedCallChange(ctx: DeskContext, actor: Actor | null, call: CallRecord): void {
  if (!actor || !call.complaintId) return;
  const complaint = findComplaint(ctx.db, call.complaintId);
  if (!complaint || visibleTo(actor, [complaint]).length === 0) return;
  shareCall(ctx, actor, call.id);
}
