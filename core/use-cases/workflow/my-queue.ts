import { listOpenComplaintsAssignedTo } from '../../../db/repositories/open-complaints';
import type { ParsedInput } from '../../../shared/api/contract';
import type { MyQueue, QueueItem } from '../../../shared/api/workflow';
import type { ActorRef } from '../../../shared/domain/actor';
import { STAGES } from '../../../shared/domain/stages';
import { DEADLINE_STATES, type DeadlineState } from '../../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../../context';
import { toListItems } from '../complaints/list-items';
import { myPendingReturnVisits } from './return-visits';

type QueueOrder = ParsedInput<'queue.mine'>;

function countByDeadline(items: readonly QueueItem[]): Record<DeadlineState, number> {
  const counts = Object.fromEntries(DEADLINE_STATES.map((s) => [s, 0])) as Record<DeadlineState, number>;
  for (const item of items) counts[item.deadline.state] += 1;
  return counts;
}

function compareBy(order: QueueOrder): (a: QueueItem, b: QueueItem) => number {
  const key = (item: QueueItem) => Date.parse(order.sortBy === 'dueAt' ? item.deadline.dueAt : item.receivedAt);
  const sign = order.direction === 'asc' ? 1 : -1;
  return (a, b) => sign * (key(a) - key(b)) || a.number.localeCompare(b.number);
}

/** My open complaints, one group per stage in process order, with deadline states computed now; and my 回访 to make. */
export function myQueue(ctx: DeskContext, actor: ActorRef, order: QueueOrder): MyQueue {
  const now = ctx.clock();
  const items: QueueItem[] = toListItems(ctx, listOpenComplaintsAssignedTo(ctx.db, actor.id));
  items.sort(compareBy(order));
  const groups = STAGES.map((stage) => {
    const inStage = items.filter((item) => item.stage === stage);
    return { stage, count: inStage.length, byDeadline: countByDeadline(inStage), items: inStage };
  });
  return { groups, returnVisits: myPendingReturnVisits(ctx, actor), total: items.length, byDeadline: countByDeadline(items), asOf: now.toISOString() };
}
