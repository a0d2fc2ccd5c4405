import { postgresReachSql } from '../../shared/domain/visibility/visibility-postgres';
import type { PlacementColumns } from '../../shared/domain/visibility/placement-columns';
import { reachOf } from '../../shared/domain/visibility/visibility-rule';
import type { Actor } from '../services/access';

export { mayView as mayAccess, type Placement } from '../../shared/domain/visibility/visibility-rule';

/** Where sync_complaints (alias c) keeps a complaint's placement. */
export const COMPLAINT_PLACEMENT: PlacementColumns = { owner: 'c.owner_no', assignee: 'c.assignee_no', team: 'c.team_id', branch: 'c.branch_id' };

/** Where sync_removals (alias r) keeps the placement a complaint left; its branch is its team's (alias rt, teams). */
export const REMOVAL_PLACEMENT: PlacementColumns = { owner: 'r.owner_no', assignee: 'r.assignee_no', team: 'r.team_id', branch: 'rt.branch_id' };

/** The visibility rule (shared/domain/visibility) over sync_complaints (alias c), with its parameters starting at $first. */
export function visibleSql(actor: Actor, first: number): { sql: string; params: unknown[] } {
  return postgresReachSql(reachOf(actor), COMPLAINT_PLACEMENT, first);
}

/** The same rule over the placement a complaint left (sync_removals r, joined to teams rt), parameters as visibleSql's. */
export function visibleRemovalSql(actor: Actor, first: number): { sql: string; params: unknown[] } {
  return postgresReachSql(reachOf(actor), REMOVAL_PLACEMENT, first);
}

/** Whether the rule shows the actor every complaint (then nothing can leave their sight). */
export const seesEverything = (actor: Actor): boolean => reachOf(actor).kind === 'everything';

/** The actor's own and assigned complaints in sync_complaints (alias c): an agent's reach, whatever the actor's role (a snapshot sends these first). */
export function ownSql(actor: Actor, first: number): { sql: string; params: unknown[] } {
  return postgresReachSql({ kind: 'person', employeeNo: actor.employeeNo }, COMPLAINT_PLACEMENT, first);
}
