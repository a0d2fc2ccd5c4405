import { isSupervisor, type Actor } from './actor';
import type { Complaint } from './complaint';

/**
 * The read/write scope of one complaint: an agent sees and acts on the complaints they took or
 * handle; a team lead and an admin on every complaint of this desk. (Teams come with accounts.)
 * Core checks it on every read and write, and answers "not found" otherwise, so ids do not leak.
 */
export function mayAccessComplaint(complaint: Pick<Complaint, 'createdBy' | 'assignee'>, actor: Actor): boolean {
  if (isSupervisor(actor)) return true;
  return complaint.createdBy.id === actor.id || complaint.assignee?.id === actor.id;
}
