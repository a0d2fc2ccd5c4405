import { isSupervisor, type Actor } from './actor';
import type { Complaint } from './complaint';

/**
 * Whose complaints an actor may read, as a query over many complaints applies it (the search index
 * does, in SQL): null for every complaint (team leads, admins), else the person whose complaints,
 * taken or handled, they see.
 */
export type ComplaintReadScope = { personId: string } | null;

export function complaintReadScope(actor: Actor): ComplaintReadScope {
  return isSupervisor(actor) ? null : { personId: actor.id };
}

/**
 * The read/write scope of one complaint: an agent sees and acts on the complaints they took or
 * handle; a team lead and an admin on every complaint of this desk. (Teams come with accounts.)
 * Core checks it on every read and write, and answers "not found" otherwise, so ids do not leak.
 */
export function mayAccessComplaint(complaint: Pick<Complaint, 'createdBy' | 'assignee'>, actor: Actor): boolean {
  const scope = complaintReadScope(actor);
  return scope === null || complaint.createdBy.id === scope.personId || complaint.assignee?.id === scope.personId;
}
