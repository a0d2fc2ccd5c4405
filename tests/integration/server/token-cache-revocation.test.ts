import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/org/auth';
import type { Branch, Team } from '../../../shared/org/organisation';
import { API_PREFIX } from '../../../shared/org/routes';
import type { User } from '../../../shared/org/user';
import { DEMO_PASSWORD } from '../../../server/services/demo-organisation';
import { startServer, type RunningServer } from '../../../server/start';
import { createTestDatabase, type TestDatabase } from './support/backends';

/**
 * Two server instances on one real PostgreSQL, each with its token cache (server/services/actor-cache.ts) set to
 * keep a caller for ten minutes: whatever ends a session or changes a person or team on A is refused or seen
 * anew on B on the very next call — only the actor_revoked notice (server migration 26, PokeRelay) can do that,
 * never the time to live.
 */
describe('the token cache across two server instances on one PostgreSQL', () => {
  let testDb: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  let admin: string;
  const TEN_MINUTES = { maxEntries: 1_000, ttlMs: 10 * 60_000 };

  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
    const where = { databaseUrl: testDb.databaseUrl!, port: 0, host: '127.0.0.1', actorCache: TEN_MINUTES };
    a = await startServer({ ...where, demoIfEmpty: true });
    b = await startServer(where);
    admin = (await signIn(a, 'M3001')).accessToken;
  }, 90_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await testDb?.drop();
  });

  const call = (server: RunningServer, method: string, path: string, token?: string, body?: unknown) =>
    fetch(`${server.url}${API_PREFIX}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  async function signIn(server: RunningServer, employeeNo: string): Promise<Session & { clientId: string }> {
    const clientId = randomUUID();
    const response = await call(server, 'POST', '/auth/login', undefined, { employeeNo, password: DEMO_PASSWORD, clientId, deviceName: 'desk' });
    expect(response.status).toBe(200);
    return { ...((await response.json()) as Session), clientId };
  }

  const userId = async (employeeNo: string) =>
    ((await (await call(a, 'GET', '/users', admin)).json()) as { users: User[] }).users.find((u) => u.employeeNo === employeeNo)!.id;
  const teams = async () => ((await (await call(a, 'GET', '/teams', admin)).json()) as { teams: Team[] }).teams;
  const branches = async () => ((await (await call(a, 'GET', '/branches', admin)).json()) as { branches: Branch[] }).branches;

  /** Asks B once so it caches the caller, and checks it did. */
  async function cachedOnB(token: string) {
    const before = b.context.actors.size;
    expect((await call(b, 'GET', '/me', token)).status).toBe(200);
    expect(b.context.actors.isServing).toBe(true);
    expect(b.context.actors.size).toBeGreaterThan(before);
    // Served from the cache now (a stale entry would answer 200 below).
    expect((await call(b, 'GET', '/me', token)).status).toBe(200);
  }

  it('signing out on A: the token is refused on B at once; the same person’s other session goes on', async () => {
    const session = await signIn(a, 'A1003');
    const other = await signIn(b, 'A1003');
    await cachedOnB(session.accessToken);
    await cachedOnB(other.accessToken);
    expect((await call(a, 'POST', '/auth/logout', session.accessToken, { refreshToken: session.refreshToken })).status).toBe(200);
    expect((await call(b, 'GET', '/me', session.accessToken)).status).toBe(401);
    expect((await call(a, 'GET', '/me', session.accessToken)).status).toBe(401);
    expect((await call(b, 'GET', '/me', other.accessToken)).status).toBe(200);
  });

  it('deactivating a person on A: every token of theirs is refused on B at once', async () => {
    const first = await signIn(a, 'A2002');
    const second = await signIn(b, 'A2002');
    await cachedOnB(first.accessToken);
    await cachedOnB(second.accessToken);
    expect((await call(a, 'PATCH', `/users/${await userId('A2002')}`, admin, { active: false })).status).toBe(200);
    expect((await call(b, 'GET', '/me', first.accessToken)).status).toBe(401);
    expect((await call(b, 'GET', '/me', second.accessToken)).status).toBe(401);
  });

  it('an admin’s password reset on A: the person’s tokens are refused on B at once', async () => {
    const session = await signIn(a, 'A3002');
    await cachedOnB(session.accessToken);
    expect((await call(a, 'POST', `/users/${await userId('A3002')}/password`, admin, { newPassword: 'New-pass-2026' })).status).toBe(200);
    expect((await call(b, 'GET', '/me', session.accessToken)).status).toBe(401);
  });

  it('moving a lead to another team on A: B sees their new team and branch on the next call (what they may see follows)', async () => {
    const all = await teams();
    const from = all.find((t) => t.name === '保全投诉二组')!;
    const to = all.find((t) => t.name === '综合投诉组')!;
    const session = await signIn(a, 'L2002');
    await cachedOnB(session.accessToken);
    const seenOnB = async () => ({
      teams: ((await (await call(b, 'GET', '/teams', session.accessToken)).json()) as { teams: Team[] }).teams.map((t) => t.id),
      branches: ((await (await call(b, 'GET', '/branches', session.accessToken)).json()) as { branches: Branch[] }).branches.map((x) => x.id),
    });
    expect(await seenOnB()).toEqual({ teams: [from.id], branches: [from.branchId] });
    expect((await call(a, 'PATCH', `/users/${await userId('L2002')}`, admin, { teamId: to.id })).status).toBe(200);
    expect(await seenOnB()).toEqual({ teams: [to.id], branches: [to.branchId] });
  });

  it('moving a team to another branch on A: its members’ branch is new on B on the next call', async () => {
    const team = (await teams()).find((t) => t.name === '理赔投诉一组')!;
    const elsewhere = (await branches()).find((x) => x.id !== team.branchId)!;
    const session = await signIn(a, 'L2001');
    await cachedOnB(session.accessToken);
    const branchesOnB = async () =>
      ((await (await call(b, 'GET', '/branches', session.accessToken)).json()) as { branches: Branch[] }).branches.map((x) => x.id);
    expect(await branchesOnB()).toEqual([team.branchId]);
    expect((await call(a, 'PATCH', `/teams/${team.id}`, admin, { branchId: elsewhere.id })).status).toBe(200);
    expect(await branchesOnB()).toEqual([elsewhere.id]);
  });

  it('refuses at once even when the notice has not reached B yet: the cached caller is checked against the person’s generation', async () => {
    const session = await signIn(a, 'A2001');
    await cachedOnB(session.accessToken);
    const revoke = b.context.actors.revoke.bind(b.context.actors);
    // B hears nothing from now on (a notice late or lost); its entry stays.
    b.context.actors.revoke = () => {};
    try {
      const size = b.context.actors.size;
      expect((await call(a, 'POST', '/auth/logout', session.accessToken, { refreshToken: session.refreshToken })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(b.context.actors.size).toBe(size);
      expect((await call(b, 'GET', '/me', session.accessToken)).status).toBe(401);
    } finally {
      b.context.actors.revoke = revoke;
    }
  });

  it('keeps the token itself nowhere: the cache is keyed by its SHA-256', async () => {
    const session = await signIn(a, 'A1001');
    await cachedOnB(session.accessToken);
    const keys = [...(b.context.actors as unknown as { entries: Map<string, unknown> }).entries.keys()];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
    expect(keys).not.toContain(session.accessToken);
  });
});
