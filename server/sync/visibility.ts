import type { Actor } from '../services/access';

/** Where a complaint sits, as the server's columns say: who took it, who works it, and their team and branch. */
export interface Placement {
  ownerNo: string;
  assigneeNo: string | null;
  teamId: string | null;
  branchId: string | null;
}

const same = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/** An agent sees and works their own and assigned complaints; a lead their team's (in their branch); an admin all. */
export function mayAccess(actor: Actor, place: Placement): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'lead') return actor.teamId !== null && place.teamId === actor.teamId && place.branchId === actor.branchId;
  return same(place.ownerNo, actor.employeeNo) || same(place.assigneeNo, actor.employeeNo);
}

/** The same rule as SQL over sync_complaints (alias c), with its parameters starting at $first. */
export function visibleSql(actor: Actor, first: number): { sql: string; params: unknown[] } {
  if (actor.role === 'admin') return { sql: 'true', params: [] };
  if (actor.role === 'lead') return { sql: `(c.team_id = $${first} AND c.branch_id = $${first + 1})`, params: [actor.teamId, actor.branchId] };
  return { sql: `(lower(c.owner_no) = lower($${first}) OR lower(c.assignee_no) = lower($${first}))`, params: [actor.employeeNo] };
}
