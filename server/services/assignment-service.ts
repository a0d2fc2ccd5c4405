import type { AssignmentRules } from '../../shared/domain/assignment/assignment-rules';
import { unitsNamedBy } from '../../shared/domain/assignment/assignment-rules';
import type { Macro } from '../../shared/domain/macros/macro';
import type { OrgSettings } from '../../shared/org/org-settings-schema';
import { rowsOf } from '../db/queryable';
import { fieldProblem } from '../problem';
import { readOrgSettings } from '../repos/org-settings-repo';
import { requireCapability, type Actor } from './access';
import type { ServerContext } from './context';
import { settingsChanged } from './org-settings-service';

/**
 * An admin replaces the assignment rules. They travel with the organisation's settings: the settings version
 * goes up and every desk is poked, fetches them and caches them (to show what the rules will do while offline).
 * A rule naming a team or branch the organisation does not have is refused (400), and nothing changes.
 */
export async function putAssignmentRules(ctx: ServerContext, actor: Actor, rules: AssignmentRules): Promise<OrgSettings> {
  requireCapability(actor, 'adminArea');
  const { teamIds, branchIds } = unitsNamedBy(rules);
  const teams = await rowsOf<{ id: string }>(ctx.pool, 'SELECT id FROM teams WHERE id = ANY($1::uuid[])', [teamIds]);
  const missingTeam = teamIds.find((id) => !teams.some((t) => t.id === id));
  if (missingTeam) throw fieldProblem('rules', 'assignment.validation.unknownTeam', `no such team: ${missingTeam}`);
  const branches = await rowsOf<{ id: string }>(ctx.pool, 'SELECT id FROM branches WHERE id = ANY($1::uuid[])', [branchIds]);
  const missingBranch = branchIds.find((id) => !branches.some((b) => b.id === id));
  if (missingBranch) throw fieldProblem('rules', 'assignment.validation.unknownBranch', `no such branch: ${missingBranch}`);
  return writeSetting(ctx, actor, 'assignment', rules);
}

/** An admin replaces the organisation's macros; desks follow through the settings poke like the rules. */
export async function putMacros(ctx: ServerContext, actor: Actor, macros: Macro[]): Promise<OrgSettings> {
  requireCapability(actor, 'adminArea');
  return writeSetting(ctx, actor, 'macros', macros);
}

async function writeSetting(ctx: ServerContext, actor: Actor, column: 'assignment' | 'macros', value: unknown): Promise<OrgSettings> {
  await ctx.pool.query(`UPDATE org_settings SET ${column} = $1, version = version + 1, updated_at = $2, updated_by = $3 WHERE id = 1`, [
    JSON.stringify(value),
    ctx.clock(),
    actor.userId,
  ]);
  return settingsChanged(ctx, await readOrgSettings(ctx.pool));
}
