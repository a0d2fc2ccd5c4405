import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/org/auth';
import { orgPath } from '../../../shared/org/routes';
import { openDatabase } from '../../../server/db/database';
import { DEMO_PASSWORD } from '../../../server/services/demo-organisation';
import type { SpawnedServer } from './support/spawn-server';
import { startTwoProcesses, type TwoProcesses } from './support/two-processes';

/** Two real server processes on one PostgreSQL, as behind a load balancer: either may serve any desk. */
describe('two server processes on one PostgreSQL', () => {
  let servers: TwoProcesses | undefined;
  let a: SpawnedServer;
  let b: SpawnedServer;

  beforeAll(async () => {
    servers = await startTwoProcesses();
    ({ a, b } = servers);
  }, 60_000);
  afterAll(() => servers?.stop());

  async function call(server: SpawnedServer, method: string, route: Parameters<typeof orgPath>[0], body?: unknown, token?: string) {
    const response = await fetch(`${server.url}${orgPath(route)}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
  }
  const login = (server: SpawnedServer, employeeNo: string, password: string, clientId = randomUUID()) =>
    call(server, 'POST', 'login', { employeeNo, password, clientId, deviceName: 'desk' });

  it('signs in on one, refreshes on the other; a replay on either revokes the family on both', async () => {
    const clientId = randomUUID();
    const first = (await login(a, 'A1001', DEMO_PASSWORD, clientId)).body as unknown as Session;
    expect((await call(b, 'GET', 'me', undefined, first.accessToken)).status).toBe(200);
    const rotated = await call(b, 'POST', 'refresh', { refreshToken: first.refreshToken, clientId });
    expect(rotated.status).toBe(200);
    const second = rotated.body as unknown as Session;
    expect((await call(a, 'GET', 'me', undefined, second.accessToken)).status).toBe(200);

    expect((await call(a, 'POST', 'refresh', { refreshToken: first.refreshToken, clientId })).status).toBe(401);
    expect((await call(b, 'GET', 'me', undefined, second.accessToken)).status).toBe(401);
    expect((await call(a, 'POST', 'refresh', { refreshToken: second.refreshToken, clientId })).status).toBe(401);
  });

  it('lets exactly one of two concurrent refreshes with one token through', async () => {
    const clientId = randomUUID();
    const session = (await login(b, 'B2002', DEMO_PASSWORD, clientId)).body as unknown as Session;
    const answers = await Promise.all([a, b].map((s) => call(s, 'POST', 'refresh', { refreshToken: session.refreshToken, clientId })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('counts failed sign-ins from both processes towards one back-off, and both then answer 429', async () => {
    const attempts = Array.from({ length: 6 }, (_, i) => login(i % 2 ? a : b, 'A1003', 'wrong-password'));
    const answers = await Promise.all(attempts);
    expect(answers.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    const database = await openDatabase(servers!.location);
    const { rows } = await database.pool.query(`SELECT failures FROM login_backoff WHERE employee_no = 'a1003'`);
    await database.close();
    expect(rows).toEqual([{ failures: answers.filter((r) => r.status === 401).length }]);
    for (const server of [a, b]) {
      const locked = await login(server, 'A1003', DEMO_PASSWORD);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('serves concurrent sign-ins on both, and what one writes the other serves', async () => {
    const people = ['L2001', 'L2002', 'A2001', 'A2002', 'L3001', 'A3001'];
    const answers = await Promise.all(people.map((no, i) => login(i % 2 ? a : b, no, DEMO_PASSWORD)));
    expect(answers.map((r) => r.status)).toEqual(people.map(() => 200));

    const admin = ((await login(a, 'M3001', DEMO_PASSWORD)).body as unknown as Session).accessToken;
    const created = await call(a, 'POST', 'users', { employeeNo: 'A5001', name: '新同事', role: 'agent', teamId: null, password: 'Fresh-pass-1' }, admin);
    expect(created.status).toBe(200);
    expect((await login(b, 'A5001', 'Fresh-pass-1')).status).toBe(200);
    const { version, updatedAt, deadlines, phrases, taxonomy, templates, regulatory } = (await call(a, 'GET', 'orgSettings', undefined, admin)).body;
    // The parts edited through this route (rules, macros, the watch list, the calendar … have routes of their own).
    const input = { deadlines, phrases, taxonomy, templates, regulatory };
    expect((await call(b, 'PUT', 'orgSettings', { version, updatedAt, ...input }, admin)).status).toBe(400); // not input
    expect((await call(b, 'PUT', 'orgSettings', input, admin)).body.version).toBe(Number(version) + 1);
    expect((await call(a, 'GET', 'orgSettings', undefined, admin)).body.version).toBe(Number(version) + 1);
  });
});
