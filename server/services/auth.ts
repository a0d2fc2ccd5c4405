import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_MINUTES, REFRESH_TOKEN_DAYS, type LoginInput, type RefreshInput, type Session } from '../../shared/org/auth';
import type { Queryable } from '../db/queryable';
import { inTransaction } from '../db/transaction';
import { Problem, fieldProblem } from '../problem';
import * as sessions from '../repos/sessions';
import { clearLoginFailures, lockedUntil, recordLoginFailure } from '../repos/throttle';
import { countHitReadingGeneration, findCallerCountingHit, findUserById, findUserByEmployeeNo, toProfile, updateUser, type UserRecord } from '../repos/users';
import type { Actor } from './access';
import type { ServerContext } from './context';
import { enforceRate, rateLimited, refuseOverLimit, secondsUntil } from './limits';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './passwords';
import { hashToken, newToken } from './tokens';

const MINUTE_MS = 60_000;
const unauthenticated = (why = 'sign in again') => new Problem('unauthenticated', why);
const deactivated = () => new Problem('deactivated', 'this account has been deactivated');

async function issueTokens(db: Queryable, sessionId: string, user: UserRecord, now: Date): Promise<Session> {
  const access = newToken('access');
  const refresh = newToken('refresh');
  const accessExpiresAt = new Date(now.getTime() + ACCESS_TOKEN_MINUTES * MINUTE_MS);
  const refreshExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_DAYS * 24 * 60 * MINUTE_MS);
  await sessions.insertTokens(db, sessionId, {
    accessHash: access.hash,
    accessExpiresAt,
    refreshHash: refresh.hash,
    refreshExpiresAt,
  });
  return {
    accessToken: access.token,
    accessExpiresAt: accessExpiresAt.toISOString(),
    refreshToken: refresh.token,
    refreshExpiresAt: refreshExpiresAt.toISOString(),
    profile: toProfile(user),
  };
}

/** 工号 + password → a new session for this desk; failures count towards the account's back-off. */
export async function login(ctx: ServerContext, input: LoginInput): Promise<Session> {
  const now = ctx.clock();
  await enforceRate(ctx.pool, `login:client:${input.clientId}`, ctx.limits.loginPerClient, now, 'sign-in attempts from this desk');
  await enforceRate(
    ctx.pool,
    `login:account:${input.employeeNo.toLowerCase()}`,
    ctx.limits.loginPerAccount,
    now,
    'sign-in attempts for this account',
  );
  const locked = await lockedUntil(ctx.pool, input.employeeNo);
  if (locked && locked > now) throw rateLimited(secondsUntil(locked, now), 'failed sign-ins for this account');

  const user = await findUserByEmployeeNo(ctx.pool, input.employeeNo);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password), false);
  if (!user || !passwordOk) {
    await recordLoginFailure(ctx.pool, input.employeeNo, now, ctx.limits.backoff);
    throw unauthenticated('wrong employee number or password');
  }
  if (!user.active) throw deactivated();
  await clearLoginFailures(ctx.pool, input.employeeNo);
  if (needsRehash(user.passwordHash)) {
    await updateUser(ctx.pool, user.id, { passwordHash: await hashPassword(input.password) }, now);
  }

  return inTransaction(ctx.pool, async (tx) => {
    const boundTo = await sessions.bindClient(tx, { id: input.clientId, userId: user.id, deviceName: input.deviceName }, now);
    if (boundTo !== user.id) {
      throw fieldProblem('clientId', 'bound_to_other_user', 'this client id is registered to another user', 'conflict');
    }
    const sessionId = randomUUID();
    await sessions.insertSession(tx, { id: sessionId, userId: user.id, clientId: input.clientId }, now);
    return issueTokens(tx, sessionId, user, now);
  });
}

/**
 * A refresh token → a new pair; the old one is spent. A spent token presented again means it was
 * copied: the whole session (its family) is revoked. So is one presented by another client.
 */
export async function refresh(ctx: ServerContext, input: RefreshInput): Promise<Session> {
  const now = ctx.clock();
  await enforceRate(ctx.pool, `refresh:client:${input.clientId}`, ctx.limits.refreshPerClient, now, 'refreshes from this desk');
  const token = await sessions.claimRefreshToken(ctx.pool, hashToken(input.refreshToken), now);
  if (!token || token.sessionRevoked) throw unauthenticated();
  if (!token.claimed || token.clientId !== input.clientId) {
    const reason = token.claimed ? 'refresh from another client' : 'refresh token reused';
    await sessions.revokeSession(ctx.pool, token.sessionId, reason, now);
    ctx.actors.revoke({ sessionId: token.sessionId });
    throw unauthenticated();
  }
  if (token.expiresAt <= now) throw unauthenticated();
  const user = await findUserById(ctx.pool, token.userId);
  if (!user?.active) throw deactivated();
  return inTransaction(ctx.pool, (tx) => issueTokens(tx, token.sessionId, user, now));
}

/** Ends the session the refresh token belongs to, if it is the caller's own; its poke streams close at once. */
export async function logout(ctx: ServerContext, actor: Actor, refreshToken: string): Promise<void> {
  const session = await sessions.findSessionByRefreshHash(ctx.pool, hashToken(refreshToken));
  if (!session || session.userId !== actor.userId) throw new Problem('not_found', 'no such session of yours');
  const ended = { sessionId: session.sessionId };
  await inTransaction(ctx.pool, async (tx) => {
    await sessions.revokeSession(tx, session.sessionId, 'signed out', ctx.clock());
    await ctx.pokes.announceEnded(tx, ended);
  });
  ctx.actors.revoke(ended);
  ctx.pokes.endStreams(ended);
}

/**
 * `Authorization: Bearer <access token>` → the caller, as the database says now (or as this process's token cache
 * holds it: dropped at once by any change to the session, person or team, see actor-cache.ts); counted against the
 * user's rate either way.
 */
export async function authenticate(ctx: ServerContext, authorization: string | undefined): Promise<Actor> {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization ?? '');
  if (!match) throw unauthenticated('an access token is required');
  const now = ctx.clock();
  const rule = ctx.limits.callsPerUser;
  const tokenHash = hashToken(match[1]!);
  const epoch = ctx.actors.currentEpoch;
  const cached = ctx.actors.lookup(tokenHash, now);
  if (cached) {
    const hit = await countHitReadingGeneration(ctx.pool, cached.actor.userId, now, 'calls:user:', rule.windowSeconds);
    refuseOverLimit(hit, rule, now, 'calls');
    if (hit.generation === cached.generation) return cached.actor;
    // The person's sessions, record or team changed since: ask PostgreSQL.
    ctx.actors.drop(tokenHash);
  }
  const session = await findCallerCountingHit(ctx.pool, tokenHash, now, 'calls:user:', rule.windowSeconds);
  if (!session) throw unauthenticated('the access token is expired or revoked');
  const user = session.user;
  if (!user.active || !session.hit) throw deactivated();
  refuseOverLimit(session.hit, rule, now, 'calls');
  const actor: Actor = {
    userId: user.id,
    sessionId: session.sessionId,
    employeeNo: user.employeeNo,
    name: user.name,
    role: user.role,
    teamId: user.teamId,
    branchId: user.branchId,
  };
  ctx.actors.remember(tokenHash, { actor, generation: session.generation }, session.tokenExpiresAt, now, epoch);
  return actor;
}

export async function profileOf(ctx: ServerContext, actor: Actor) {
  const user = await findUserById(ctx.pool, actor.userId);
  if (!user) throw unauthenticated();
  return toProfile(user);
}

/** The signed-in user changes their own password; their other sessions end. */
export async function changeOwnPassword(
  ctx: ServerContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const now = ctx.clock();
  await enforceRate(ctx.pool, `password:user:${actor.userId}`, ctx.limits.passwordChecksPerUser, now, 'password checks');
  const user = await findUserById(ctx.pool, actor.userId);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldProblem('currentPassword', 'validation.password.wrong', 'the current password is wrong');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const ended = { userId: user.id, exceptSessionId: actor.sessionId };
  await inTransaction(ctx.pool, async (tx) => {
    await updateUser(tx, user.id, { passwordHash }, now);
    await sessions.revokeUserSessions(tx, user.id, 'password changed', now, actor.sessionId);
    await ctx.pokes.announceEnded(tx, ended);
  });
  ctx.actors.revoke({ userId: user.id });
  ctx.pokes.endStreams(ended);
}
