import { randomUUID } from 'node:crypto';
import type { Branch, CreateBranchInput, CreateTeamInput, Team, UpdateTeamInput } from '../../shared/org/organisation';
import type { Queryable } from '../db/queryable';
import { inTransaction } from '../db/transaction';
import { isUniqueViolation } from '../db/unique-violation';
import { Problem, fieldProblem } from '../problem';
import * as units from '../repos/org-units';
import { findUserById, updateUser } from '../repos/users';
import { may } from '../../shared/domain/capabilities';
import { requireCapability, type Actor } from './access';
import type { ServerContext } from './context';

/** Admins see every branch; a lead only their team's branch. */
export async function listBranchesFor(ctx: ServerContext, actor: Actor): Promise<Branch[]> {
  requireCapability(actor, 'adminArea', 'teamMembers');
  if (may(actor, 'adminArea')) return units.listBranches(ctx.pool);
  return actor.branchId === null ? [] : units.listBranches(ctx.pool, actor.branchId);
}

/** Admins see every team; a lead only their own. */
export async function listTeamsFor(ctx: ServerContext, actor: Actor): Promise<Team[]> {
  requireCapability(actor, 'adminArea', 'teamMembers');
  if (may(actor, 'adminArea')) return units.listTeams(ctx.pool);
  return actor.teamId === null ? [] : units.listTeams(ctx.pool, actor.teamId);
}

const nameTaken = () => fieldProblem('name', 'taken', 'this name is already in use', 'conflict');

async function uniquely<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function createBranch(ctx: ServerContext, actor: Actor, input: CreateBranchInput): Promise<Branch> {
  requireCapability(actor, 'adminArea');
  if (await units.findBranchByName(ctx.pool, input.name)) throw nameTaken();
  const branch = { id: randomUUID(), name: input.name };
  await uniquely(() => units.insertBranch(ctx.pool, branch, ctx.clock()));
  return branch;
}

async function checkTeam(db: Queryable, team: { name: string; branchId: string; leadId: string | null }, selfId?: string) {
  if (!(await units.findBranch(db, team.branchId))) throw fieldProblem('branchId', 'not_found', 'no such branch');
  const sameName = await units.findTeamByName(db, team.branchId, team.name);
  if (sameName && sameName.id !== selfId) throw nameTaken();
  if (team.leadId === null) return;
  const lead = await findUserById(db, team.leadId);
  if (!lead || !lead.active) throw fieldProblem('leadId', 'not_found', 'no such active user');
  if (!may(lead, 'leadsTeam')) throw fieldProblem('leadId', 'validation.lead.notLead', 'a team is led by a user whose role is lead');
}

/** The lead leads this team only, and is one of its members. */
async function installLead(db: Queryable, teamId: string, leadId: string | null, now: Date) {
  if (leadId === null) return;
  await units.releaseLead(db, leadId, teamId);
  await updateUser(db, leadId, { teamId }, now);
}

export async function createTeam(ctx: ServerContext, actor: Actor, input: CreateTeamInput): Promise<Team> {
  requireCapability(actor, 'adminArea');
  const now = ctx.clock();
  const team = { id: randomUUID(), name: input.name, branchId: input.branchId, leadId: input.leadId ?? null };
  const created = await inTransaction(ctx.pool, async (tx) => {
    await checkTeam(tx, team);
    await uniquely(() => units.insertTeam(tx, team, now));
    await installLead(tx, team.id, team.leadId, now);
    return (await units.findTeam(tx, team.id))!;
  });
  // The lead moved into it: this process's token cache asks again (the others hear it from PostgreSQL).
  if (team.leadId !== null) ctx.actors.revoke({ userId: team.leadId });
  return created;
}

export async function updateTeam(ctx: ServerContext, actor: Actor, id: string, input: UpdateTeamInput): Promise<Team> {
  requireCapability(actor, 'adminArea');
  const now = ctx.clock();
  const updated = await inTransaction(ctx.pool, async (tx) => {
    const current = await units.findTeam(tx, id);
    if (!current) throw new Problem('not_found', 'no such team');
    const next = {
      name: input.name ?? current.name,
      branchId: input.branchId ?? current.branchId,
      leadId: input.leadId === undefined ? current.leadId : input.leadId,
    };
    await checkTeam(tx, next, id);
    if (next.leadId !== null) await units.releaseLead(tx, next.leadId, id);
    await uniquely(() => units.updateTeam(tx, id, next));
    await installLead(tx, id, next.leadId, now);
    return (await units.findTeam(tx, id))!;
  });
  // Its members' branch or its lead's team may have changed: this process's token cache asks again.
  ctx.actors.revoke({ teamId: id });
  if (updated.leadId !== null) ctx.actors.revoke({ userId: updated.leadId });
  return updated;
}
