import type { Role } from '../actor';
import { capabilities } from '../capabilities';

/**
 * Who may see a complaint — the one rule, for the desk and the server, in TypeScript and in SQL
 * (visibility-sqlite.ts, visibility-postgres.ts, held to this by tests/integration/visibility):
 *
 * - an agent sees the complaints they took (owner) or are assigned, their 工号 compared without case;
 * - a lead sees the complaints placed in their team, in their branch (a lead without a team: none);
 * - an admin sees every complaint.
 *
 * A desk applies it as desk-reach.ts says: its database holds only what the server sent it.
 */

/** Who is looking: their role, 工号 and, for a lead, their team and its branch. */
export interface Viewer {
  role: Role;
  employeeNo: string;
  teamId: string | null;
  branchId: string | null;
}

/** Where a complaint sits: who took it, who works it, and the team and branch the server placed it in. */
export interface Placement {
  ownerNo: string | null;
  assigneeNo: string | null;
  teamId: string | null;
  branchId: string | null;
}

/** The rule as data: what a viewer's role lets them reach. */
export type Reach =
  | { kind: 'everything' }
  | { kind: 'team'; teamId: string | null; branchId: string | null }
  | { kind: 'person'; employeeNo: string };

export function reachOf(viewer: Viewer): Reach {
  switch (capabilities(viewer).sees) {
    case 'everything':
      return { kind: 'everything' };
    case 'team':
      return { kind: 'team', teamId: viewer.teamId, branchId: viewer.branchId };
    case 'own':
      return { kind: 'person', employeeNo: viewer.employeeNo };
  }
}

/**
 * 工号 compared without case. They are ASCII letters and digits (EMPLOYEE_NO_PATTERN), where this fold,
 * SQLite's lower() and PostgreSQL's lower() in any locale agree; SQL folds with lower() so the server's
 * lower(owner_no) / lower(assignee_no) indexes serve it.
 */
export const foldEmployeeNo = (no: string): string => no.replace(/[A-Z]/g, (c) => c.toLowerCase());

const sameEmployeeNo = (a: string | null, b: string): boolean => a !== null && foldEmployeeNo(a) === foldEmployeeNo(b);

/** Unknown (null) team or branch, on either side, matches nothing. */
export function inReach(reach: Reach, place: Placement): boolean {
  switch (reach.kind) {
    case 'everything':
      return true;
    case 'team':
      return reach.teamId !== null && reach.branchId !== null && place.teamId === reach.teamId && place.branchId === reach.branchId;
    case 'person':
      return sameEmployeeNo(place.ownerNo, reach.employeeNo) || sameEmployeeNo(place.assigneeNo, reach.employeeNo);
  }
}

export const mayView = (viewer: Viewer, place: Placement): boolean => inReach(reachOf(viewer), place);
