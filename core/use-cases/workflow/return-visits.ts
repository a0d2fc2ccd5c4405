import { listPendingReturnVisitsAssignedTo } from '../../../db/repositories/return-visits';
import type { ReturnVisitQueueItem } from '../../../shared/api/workflow';
import type { Actor, ActorRef } from '../../../shared/domain/actor';
import { returnVisitOf, type ReturnVisitInfo } from '../../../shared/domain/workflow/return-visit';
import type { DeskContext } from '../../context';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { toListItems } from '../complaints/list-items';
import { clockSettings } from '../org/clock-settings';

/** A complaint's 回访 (within the actor's scope) as of now, against the organisation's working days. */
export function complaintReturnVisit(ctx: DeskContext, actor: Actor, id: string): ReturnVisitInfo | null {
  return returnVisitOf(loadComplaintFor(ctx.db, id, actor), clockSettings(ctx), ctx.clock());
}

/** The 回访 I still have to make (my closed complaints not reached yet), soonest due first. */
export function myPendingReturnVisits(ctx: DeskContext, actor: ActorRef): ReturnVisitQueueItem[] {
  const items = toListItems(ctx, listPendingReturnVisitsAssignedTo(ctx.db, actor.id));
  return items
    .flatMap((item) => (item.returnVisit ? [{ ...item, returnVisit: item.returnVisit }] : []))
    .sort((a, b) => Date.parse(a.returnVisit.dueAt) - Date.parse(b.returnVisit.dueAt) || a.number.localeCompare(b.number));
}
