import type { ActorRef } from '../../../shared/domain/actor';
import type { ComplaintDetail, ComplaintSummary } from '../../../shared/api/complaints';
import { findComplaint, listComplaintsAssignedTo } from '../../../db/repositories/complaints';
import { listEvents } from '../../../db/repositories/complaint-events';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';

export function listMyComplaints(ctx: DeskContext, actor: ActorRef): ComplaintSummary[] {
  return listComplaintsAssignedTo(ctx.db, actor.id);
}

export function getComplaint(ctx: DeskContext, id: string): ComplaintDetail {
  const complaint = findComplaint(ctx.db, id);
  if (!complaint) throw DeskError.of('not_found', 'errors.complaintNotFound');
  return { complaint, timeline: listEvents(ctx.db, id) };
}
