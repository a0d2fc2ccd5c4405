import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS_INPUT } from '../../../shared/org/org-settings-schema';
import type { Team } from '../../../shared/org/organisation';
import type { User } from '../../../shared/org/user';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

interface Ids {
  users: Record<string, string>;
  teams: Record<string, Team>;
}

describe.each(BACKENDS)('server authorisation on %s', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const ids: Ids = { users: {}, teams: {} };

  beforeAll(async () => {
    server = await startTestServer(backend);
    for (const employeeNo of ['M3001', 'L2001', 'L3001', 'A1001']) tokens[employeeNo] = (await server.signIn(employeeNo)).accessToken;
    const users = (await server.call('GET', '/users', { token: tokens.M3001 })).json().users as User[];
    for (const user of users) ids.users[user.employeeNo] = user.id;
    const teams = (await server.call('GET', '/teams', { token: tokens.M3001 })).json().teams as Team[];
    for (const team of teams) ids.teams[team.name] = team;
  });
  afterAll(() => server?.close());

  /** Every call that changes something or reads the organisation, with valid bodies. */
  const adminCalls = () => {
    const otherTeamAgent = ids.users.A2001!;
    const otherTeam = ids.teams['保全投诉二组']!;
    return [
      ['POST', '/users', { employeeNo: `N${randomUUID().slice(0, 6)}`, name: '新人', role: 'agent', teamId: null, password: 'Passw0rd!x' }],
      ['PATCH', `/users/${otherTeamAgent}`, { name: '吴磊磊' }],
      ['PATCH', `/users/${ids.users.A1001}`, { name: '王芳芳' }],
      ['POST', `/users/${otherTeamAgent}/password`, { newPassword: 'Changed-by-x1' }],
      ['POST', '/branches', { name: `分公司${randomUUID().slice(0, 4)}` }],
      ['POST', '/teams', { name: `组${randomUUID().slice(0, 4)}`, branchId: otherTeam.branchId }],
      ['PATCH', `/teams/${otherTeam.id}`, { name: '改名组' }],
      ['PUT', '/org-settings', DEFAULT_ORG_SETTINGS_INPUT],
      ['POST', '/org-settings/adopt', DEFAULT_ORG_SETTINGS_INPUT],
    ] as const;
  };

  it('answers 401 to every signed-in call without a valid access token', async () => {
    const calls = [['GET', '/me'], ['GET', '/users'], ['GET', '/teams'], ['GET', '/branches'], ['GET', '/org-settings'], ...adminCalls()];
    for (const [method, path, body] of calls) {
      for (const token of [undefined, 'cda_not-a-real-token', 'x'.repeat(300)]) {
        const response = await server.call(method, path, { token, body });
        expect(response.statusCode, `${method} ${path}`).toBe(401);
        expect(response.json().error.code).toBe('unauthenticated');
      }
    }
  });

  it('refuses every admin call to an agent and to a lead (even on their own team), changing nothing', async () => {
    for (const employeeNo of ['A1001', 'L2001']) {
      for (const [method, path, body] of adminCalls()) {
        const response = await server.call(method, path, { token: tokens[employeeNo], body });
        expect(response.statusCode, `${employeeNo} ${method} ${path}`).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
    }
    const users = (await server.call('GET', '/users', { token: tokens.M3001 })).json().users as User[];
    expect(users.find((u) => u.employeeNo === 'A2001')!.name).toBe('吴磊');
  });

  it('lets an agent read only themselves and the organisation settings', async () => {
    for (const path of ['/users', '/teams', '/branches']) {
      expect((await server.call('GET', path, { token: tokens.A1001 })).statusCode).toBe(403);
    }
    expect((await server.call('GET', '/me', { token: tokens.A1001 })).json().employeeNo).toBe('A1001');
    expect((await server.call('GET', '/org-settings', { token: tokens.A1001 })).statusCode).toBe(200);
  });

  it('shows a lead their own team, branch and members only', async () => {
    const users = (await server.call('GET', '/users', { token: tokens.L2001 })).json().users as User[];
    expect(users.map((u) => u.employeeNo).sort()).toEqual(['A1001', 'A1003', 'B2002', 'L2001']);
    const teams = (await server.call('GET', '/teams', { token: tokens.L2001 })).json().teams as Team[];
    expect(teams.map((t) => t.name)).toEqual(['理赔投诉一组']);
    const branches = (await server.call('GET', '/branches', { token: tokens.L3001 })).json().branches;
    expect(branches.map((b: { name: string }) => b.name)).toEqual(['华南分公司']);
    const south = (await server.call('GET', '/users', { token: tokens.L3001 })).json().users as User[];
    expect(south.map((u) => u.employeeNo).sort()).toEqual(['A3001', 'A3002', 'L3001']);
  });

  it('shows an admin everyone, every team and branch', async () => {
    expect((await server.call('GET', '/users', { token: tokens.M3001 })).json().users).toHaveLength(11);
    expect((await server.call('GET', '/teams', { token: tokens.M3001 })).json().teams).toHaveLength(3);
    expect((await server.call('GET', '/branches', { token: tokens.M3001 })).json().branches).toHaveLength(2);
  });

  it('answers 404 for ids that do not exist and 400 for ids that are not ids', async () => {
    const missing = randomUUID();
    for (const [method, path, body] of [
      ['PATCH', `/users/${missing}`, { name: 'x' }],
      ['POST', `/users/${missing}/password`, { newPassword: 'Whatever-123' }],
      ['PATCH', `/teams/${missing}`, { name: 'x' }],
    ] as const) {
      const response = await server.call(method, path, { token: tokens.M3001, body });
      expect(response.statusCode, path).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    const notAnId = await server.call('PATCH', '/users/1%20OR%201=1', { token: tokens.M3001, body: { name: 'x' } });
    expect(notAnId.statusCode).toBe(400);
    expect(notAnId.json().error.fields).toEqual([{ path: 'id', code: 'validation.id.invalid' }]);
  });

  it('refuses references to teams or branches that do not exist', async () => {
    const create = await server.call('POST', '/users', {
      token: tokens.M3001,
      body: { employeeNo: 'Z7001', name: '某人', role: 'agent', teamId: randomUUID(), password: 'Passw0rd!x' },
    });
    expect(create.statusCode).toBe(400);
    expect(create.json().error.fields).toEqual([{ path: 'teamId', code: 'not_found' }]);
    const team = await server.call('POST', '/teams', { token: tokens.M3001, body: { name: '孤组', branchId: randomUUID() } });
    expect(team.json().error.fields).toEqual([{ path: 'branchId', code: 'not_found' }]);
  });

  it('refuses unknown fields with 400 naming each, on every body', async () => {
    const bodies: Array<[string, string, Record<string, unknown>]> = [
      ['POST', '/auth/login', { employeeNo: 'A1001', password: 'x', clientId: randomUUID(), deviceName: 'd', superuser: true }],
      ['POST', '/auth/refresh', { refreshToken: 'x', clientId: randomUUID(), superuser: true }],
      ['POST', '/auth/logout', { refreshToken: 'x', superuser: true }],
      ['POST', '/me/password', { currentPassword: 'x', newPassword: 'Passw0rd!x', superuser: true }],
      ...adminCalls().map(([method, path, body]) => [method, path, { ...body, superuser: true }] as [string, string, Record<string, unknown>]),
    ];
    for (const [method, path, body] of bodies) {
      const response = await server.call(method, path, { token: tokens.M3001, body });
      expect(response.statusCode, `${method} ${path}`).toBe(400);
      expect(response.json().error.code).toBe('validation');
      expect(response.json().error.fields, `${method} ${path}`).toContainEqual({ path: 'superuser', code: 'unrecognized_keys' });
    }
    const nested = await server.call('PUT', '/org-settings', {
      token: tokens.M3001,
      body: { ...DEFAULT_ORG_SETTINGS_INPUT, deadlines: { ...DEFAULT_ORG_SETTINGS_INPUT.deadlines, graceDays: 2 } },
    });
    expect(nested.json().error.fields).toEqual([{ path: 'deadlines.graceDays', code: 'unrecognized_keys' }]);
  });
});
