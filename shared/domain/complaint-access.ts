import type { Actor } from './actor';
import type { Complaint } from './complaint';
import { deskPlacement, deskReach } from './visibility/desk-reach';
import { inReach, type Reach } from './visibility/visibility-rule';

/**
 * Whose complaints an actor may read on this desk, as a query over many complaints applies it (the
 * search index does, in SQL): the visibility rule's reach, as a desk applies it (visibility/desk-reach.ts).
 */
export type ComplaintReadScope = Reach;

export const complaintReadScope = (actor: Actor): ComplaintReadScope => deskReach(actor);

/**
 * The read/write scope of one complaint, by the visibility rule. Core checks it on every read and write,
 * and answers "not found" otherwise, so ids do not leak.
 */
export function mayAccessComplaint(complaint: Pick<Complaint, 'createdBy' | 'assignee'>, actor: Actor): boolean {
  return inReach(deskReach(actor), deskPlacement(complaint));
}
