import { randomUUID } from 'node:crypto';
import type { CreateUserInput, UpdateUserInput, User } from '../../shared/org/user';
import type { Queryable } from '../db/queryable';
import { inTransaction } from '../db/transaction';
import { isUniqueViolation } from '../db/unique-violation';
import { Problem, fieldProblem } from '../problem';
import { findTeam, releaseLead } from '../repos/org-units';
import { revokeUserSessions } from '../repos/sessions';
import { clearLoginFailures } from '../repos/throttle';
import * as users from '../repos/users';
import { may } from '../../shared/domain/capabilities';
import { requireCapability, type Actor } from './access';
import type { ServerContext } from './context';
import { hashPassword } from './passwords';

/** Admins see everyone; a lead sees their own team's members; agents see no list. */
export async function listUsersFor(ctx: ServerContext, actor: Actor): Promise<User[]> {
  requireCapability(actor, 'adminArea', 'teamMembers');
  if (may(actor, 'adminArea')) return (await users.listUsers(ctx.pool)).map(users.toUser);
  return actor.teamId === null ? [] : (await users.listUsers(ctx.pool, actor.teamId)).map(users.toUser);
}

async function requireTeam(db: Queryable, teamId: string | null | undefined): Promise<void> {
  if (teamId && !(await findTeam(db, teamId))) throw fieldProblem('teamId', 'not_found', 'no such team');
}

const employeeNoTaken = () => fieldProblem('employeeNo', 'taken', 'this employee number is already in use', 'conflict');

/** Creates a user; also how the CLI makes the first admin (with no actor). */
export async function insertNewUser(ctx: ServerContext, input: CreateUserInput): Promise<User> {
  const now = ctx.clock();
  await requireTeam(ctx.pool, input.teamId);
  if (await users.findUserByEmployeeNo(ctx.pool, input.employeeNo)) throw employeeNoTaken();
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  try {
    await users.insertUser(ctx.pool, { id, ...input, passwordHash }, now);
  } catch (error) {
    if (isUniqueViolation(error)) throw employeeNoTaken();
    throw error;
  }
  return users.toUser((await users.findUserById(ctx.pool, id))!);
}

export async function createUser(ctx: ServerContext, actor: Actor, input: CreateUserInput): Promise<User> {
  requireCapability(actor, 'adminArea');
  return insertNewUser(ctx, input);
}

async function requireUser(db: Queryable, id: string): Promise<users.UserRecord> {
  const user = await users.findUserById(db, id);
  if (!user) throw new Problem('not_found', 'no such user');
  return user;
}

/** Name, role, team, active; deactivating revokes every session; the last active admin stays one. */
export async function updateUser(ctx: ServerContext, actor: Actor, id: string, input: UpdateUserInput): Promise<User> {
  requireCapability(actor, 'adminArea');
  const now = ctx.clock();
  const deactivated = { userId: id };
  let ended = false;
  const updated = await inTransaction(ctx.pool, async (tx) => {
    // Serialise admin changes, so two concurrent demotions cannot both pass the last-admin check.
    await tx.query('SELECT pg_advisory_xact_lock(720800)');
    const user = await requireUser(tx, id);
    await requireTeam(tx, input.teamId);
    const losesAdmin = may(user, 'adminArea') && user.active && (input.active === false || !may({ role: input.role ?? user.role }, 'adminArea'));
    if (losesAdmin && user.id === actor.userId) {
      throw fieldProblem(input.active === false ? 'active' : 'role', 'self', 'you cannot remove your own admin access', 'conflict');
    }
    if (losesAdmin && (await users.countActiveAdmins(tx)) <= 1) {
      throw new Problem('conflict', 'the organisation must keep one active admin');
    }
    await users.updateUser(tx, id, input, now);
    const role = input.role ?? user.role;
    const teamId = input.teamId === undefined ? user.teamId : input.teamId;
    if (!may({ role }, 'leadsTeam') || teamId !== user.teamId) await releaseLead(tx, id, may({ role }, 'leadsTeam') ? teamId : null);
    if (input.active === false && user.active) {
      await revokeUserSessions(tx, id, 'deactivated', now);
      await ctx.pokes.announceEnded(tx, deactivated);
      ended = true;
    }
    return users.toUser((await users.findUserById(tx, id))!);
  });
  // Whoever the person now is, this process's token cache asks again (the others hear it from PostgreSQL).
  ctx.actors.revoke({ userId: id });
  // The person's poke streams close with their sessions.
  if (ended) ctx.pokes.endStreams(deactivated);
  return updated;
}

/** An admin sets a new password; the user's sessions (and their poke streams) end and their sign-in back-off is cleared. */
export async function resetPassword(ctx: ServerContext, actor: Actor, id: string, newPassword: string): Promise<void> {
  requireCapability(actor, 'adminArea');
  const now = ctx.clock();
  const user = await requireUser(ctx.pool, id);
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(ctx.pool, async (tx) => {
    await users.updateUser(tx, id, { passwordHash }, now);
    await revokeUserSessions(tx, id, 'password reset', now);
    await clearLoginFailures(tx, user.employeeNo);
    await ctx.pokes.announceEnded(tx, { userId: id });
  });
  ctx.actors.revoke({ userId: id });
  ctx.pokes.endStreams({ userId: id });
}
