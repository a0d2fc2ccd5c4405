import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import { reachOf, type Placement, type Reach } from './visibility-rule';

/**
 * The rule on a desk. A desk's database holds only the complaints the server sent it, and it keeps no
 * team per complaint: a lead's team reach there is every complaint the desk holds (the server already
 * chose them by the rule); an agent's and an admin's reach are the rule's own. So the server stays the
 * authority over which complaints reach a desk, and the desk never widens it for an agent.
 */
export function deskReach(actor: Pick<Actor, 'id' | 'role'>): Reach {
  const reach = reachOf({ role: actor.role, employeeNo: actor.id, teamId: null, branchId: null });
  return reach.kind === 'team' ? { kind: 'everything' } : reach;
}

/** A desk complaint's placement as the record says it (the desk keeps no team, see deskReach). */
export function deskPlacement(complaint: Pick<Complaint, 'createdBy' | 'assignee'>): Placement {
  return { ownerNo: complaint.createdBy.id, assigneeNo: complaint.assignee?.id ?? null, teamId: null, branchId: null };
}
