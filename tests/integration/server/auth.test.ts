import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { parseOptions } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema, type Session } from '../../../shared/org/auth';
import { DEMO_PASSWORD } from '../../../server/services/demo-organisation';
import { pruneExpired } from '../../../server/services/housekeeping';
import { BACKENDS } from './support/backends';
import { manualClock, startTestServer, type TestServer } from './support/test-server';

const MINUTE = 60_000;

describe.each(BACKENDS)('server sign-in on %s', (backend) => {
  const time = manualClock();
  const logLines: string[] = [];
  let server: TestServer;
  /** The clock moves between tests, so the admin signs in afresh whenever needed. */
  const adminToken = async () => (await server.signIn('M3001')).accessToken;

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    server = await startTestServer(backend, {
      clock: time.clock,
      limits: { loginPerClient: { max: 8, windowSeconds: 60 }, refreshPerClient: { max: 50, windowSeconds: 60 } },
      logger: { level: 'info', stream: logStream },
    });
  });
  afterAll(() => server?.close());

  const login = (employeeNo: string, password: string, clientId: string = randomUUID()) =>
    server.call('POST', '/auth/login', { body: { employeeNo, password, clientId, deviceName: 'desk' } });
  const refresh = (refreshToken: string, clientId: string) =>
    server.call('POST', '/auth/refresh', { body: { refreshToken, clientId } });
  const me = (token: string) => server.call('GET', '/me', { token });

  async function newAgent(password = 'Passw0rd!x') {
    const employeeNo = `T${randomUUID().slice(0, 8)}`;
    const created = await server.call('POST', '/users', {
      token: await adminToken(),
      body: { employeeNo, name: '测试员', role: 'agent', teamId: null, password },
    });
    expect(created.statusCode).toBe(200);
    return { employeeNo, password, id: created.json().id as string };
  }

  it('stores Argon2id hashes with m=19456, t=2, p=1, read back from the stored hash', async () => {
    const { rows } = await server.database.pool.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE employee_no = 'A1001'`,
    );
    const hash = rows[0]!.password_hash;
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(parseOptions(hash)).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(hash).not.toContain(DEMO_PASSWORD);
  });

  it('signs in with 工号 and password; the profile comes from the server', async () => {
    const response = await login('a1001', DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const session = SessionSchema.parse(response.json());
    expect(session.profile).toMatchObject({ employeeNo: 'A1001', name: '王芳', role: 'agent', teamName: '理赔投诉一组', branchName: '华东分公司' });
    expect(Date.parse(session.accessExpiresAt) - time.clock().getTime()).toBe(15 * MINUTE);
    expect(Date.parse(session.refreshExpiresAt) - time.clock().getTime()).toBe(30 * 24 * 60 * MINUTE);
    expect((await me(session.accessToken)).json()).toEqual(session.profile);
  });

  it('stores tokens only as SHA-256 hashes', async () => {
    const session = await server.signIn('A1003');
    const { rows } = await server.database.pool.query(
      `SELECT (SELECT count(*)::int FROM access_tokens WHERE token_hash = $1) AS plain_access,
              (SELECT count(*)::int FROM refresh_tokens WHERE token_hash = $2) AS plain_refresh,
              (SELECT count(*)::int FROM refresh_tokens WHERE token_hash = encode(sha256(convert_to($2, 'UTF8')), 'hex')) AS hashed`,
      [session.accessToken, session.refreshToken],
    );
    expect(rows[0]).toEqual({ plain_access: 0, plain_refresh: 0, hashed: 1 });
  });

  it('refuses a wrong password or unknown 工号 alike with 401', async () => {
    for (const response of [await login('A1001', 'wrong-password'), await login('Z9999', 'whatever1')]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    }
  });

  it('expires the access token after 15 minutes (by the injected clock)', async () => {
    const session = await server.signIn('B2002');
    time.advance(15 * MINUTE - 1000);
    expect((await me(session.accessToken)).statusCode).toBe(200);
    time.advance(1000);
    const expired = await me(session.accessToken);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthenticated');
  });

  it('rotates the refresh token; reusing a spent one revokes the whole family', async () => {
    const clientId = randomUUID();
    const first = (await login('A2001', DEMO_PASSWORD, clientId)).json() as Session;
    const second = await refresh(first.refreshToken, clientId);
    expect(second.statusCode).toBe(200);
    const rotated = second.json() as Session;
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    expect((await me(rotated.accessToken)).statusCode).toBe(200);

    const replay = await refresh(first.refreshToken, clientId);
    expect(replay.statusCode).toBe(401);
    // The thief's replay killed the legitimate holder's tokens too: both must sign in again.
    expect((await refresh(rotated.refreshToken, clientId)).statusCode).toBe(401);
    expect((await me(rotated.accessToken)).statusCode).toBe(401);
  });

  it('binds the refresh token to its client id', async () => {
    const clientId = randomUUID();
    const session = (await login('A2002', DEMO_PASSWORD, clientId)).json() as Session;
    expect((await refresh(session.refreshToken, randomUUID())).statusCode).toBe(401);
    expect((await refresh(session.refreshToken, clientId)).statusCode).toBe(401);
  });

  it('binds a client id to the user who first signed in with it', async () => {
    const clientId = randomUUID();
    expect((await login('A3001', DEMO_PASSWORD, clientId)).statusCode).toBe(200);
    const other = await login('A3002', DEMO_PASSWORD, clientId);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.fields).toEqual([{ path: 'clientId', code: 'bound_to_other_user' }]);
    expect((await login('A3001', DEMO_PASSWORD, clientId)).statusCode).toBe(200);
  });

  it('refuses an expired refresh token', async () => {
    const clientId = randomUUID();
    const session = (await login('L3001', DEMO_PASSWORD, clientId)).json() as Session;
    time.advance(30 * 24 * 60 * MINUTE);
    expect((await refresh(session.refreshToken, clientId)).statusCode).toBe(401);
  });

  it('revokes every token of a user an admin deactivates; they cannot sign in again', async () => {
    const agent = await newAgent();
    const clientId = randomUUID();
    const session = (await login(agent.employeeNo, agent.password, clientId)).json() as Session;
    const patch = await server.call('PATCH', `/users/${agent.id}`, { token: await adminToken(), body: { active: false } });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().active).toBe(false);
    expect((await me(session.accessToken)).statusCode).toBe(401);
    expect((await refresh(session.refreshToken, clientId)).statusCode).toBe(401);
    const again = await login(agent.employeeNo, agent.password);
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('deactivated');
  });

  it('revokes every token of a user whose password an admin resets; the new password works', async () => {
    const agent = await newAgent();
    const clientId = randomUUID();
    const session = (await login(agent.employeeNo, agent.password, clientId)).json() as Session;
    const reset = await server.call('POST', `/users/${agent.id}/password`, {
      token: await adminToken(),
      body: { newPassword: 'Brand-new-1' },
    });
    expect(reset.json()).toEqual({ ok: true });
    expect((await me(session.accessToken)).statusCode).toBe(401);
    expect((await refresh(session.refreshToken, clientId)).statusCode).toBe(401);
    expect((await login(agent.employeeNo, agent.password)).statusCode).toBe(401);
    expect((await login(agent.employeeNo, 'Brand-new-1')).statusCode).toBe(200);
  });

  it('changing one’s own password keeps this session and ends the others', async () => {
    const agent = await newAgent();
    const here = (await login(agent.employeeNo, agent.password)).json() as Session;
    const elsewhere = (await login(agent.employeeNo, agent.password)).json() as Session;
    const wrong = await server.call('POST', '/me/password', {
      token: here.accessToken,
      body: { currentPassword: 'not-it-at-all', newPassword: 'Another-pass-2' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([{ path: 'currentPassword', code: 'validation.password.wrong' }]);
    const changed = await server.call('POST', '/me/password', {
      token: here.accessToken,
      body: { currentPassword: agent.password, newPassword: 'Another-pass-2' },
    });
    expect(changed.json()).toEqual({ ok: true });
    expect((await me(here.accessToken)).statusCode).toBe(200);
    expect((await me(elsewhere.accessToken)).statusCode).toBe(401);
  });

  it('logs out: the session ends; another user cannot end it', async () => {
    const session = await server.signIn('L2002');
    const other = await server.signIn('L2001');
    const notYours = await server.call('POST', '/auth/logout', { token: other.accessToken, body: { refreshToken: session.refreshToken } });
    expect(notYours.statusCode).toBe(404);
    expect((await me(session.accessToken)).statusCode).toBe(200);
    const out = await server.call('POST', '/auth/logout', { token: session.accessToken, body: { refreshToken: session.refreshToken } });
    expect(out.json()).toEqual({ ok: true });
    expect((await me(session.accessToken)).statusCode).toBe(401);
  });

  it('locks an account after 5 failures, doubling the lock with each further failure, and 429s meanwhile', async () => {
    const agent = await newAgent();
    for (let i = 0; i < 4; i++) expect((await login(agent.employeeNo, 'wrong-pass')).statusCode).toBe(401);
    expect((await login(agent.employeeNo, 'wrong-pass')).statusCode).toBe(401); // the 5th failure locks for 30 s
    const locked = await login(agent.employeeNo, agent.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('30');
    expect(locked.json().error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 30 });

    time.advance(30_000);
    expect((await login(agent.employeeNo, 'wrong-pass')).statusCode).toBe(401); // the 6th: 60 s
    const longer = await login(agent.employeeNo, agent.password);
    expect(longer.statusCode).toBe(429);
    expect(longer.headers['retry-after']).toBe('60');

    time.advance(60_000);
    expect((await login(agent.employeeNo, agent.password)).statusCode).toBe(200);
    const { rows } = await server.database.pool.query('SELECT * FROM login_backoff WHERE employee_no = lower($1)', [agent.employeeNo]);
    expect(rows).toEqual([]);
  });

  it('rate-limits sign-ins per desk client id with 429 and Retry-After', async () => {
    time.advance(60_000);
    const clientId = randomUUID();
    const answers = [];
    for (let i = 0; i < 9; i++) answers.push((await login(`Q${i}000`, 'wrong-pass', clientId)).statusCode);
    expect(answers.slice(0, 8)).toEqual(Array(8).fill(401));
    const limited = await login('A1001', DEMO_PASSWORD, clientId);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login('A1001', DEMO_PASSWORD)).statusCode).toBe(200); // another desk is not held up
    time.advance(60_000);
    expect((await login('A1001', DEMO_PASSWORD, clientId)).statusCode).toBe(200);
  });

  it('never logs a password or a token', async () => {
    const session = await server.signIn('A1001');
    await refresh(session.refreshToken, randomUUID());
    await login('A1001', 'a-wrong-secret-pw');
    const malformed = await server.call('POST', '/auth/login', {
      payload: '{"employeeNo": "A1001", "password": "a-wrong-secret-pw",',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).not.toContain('a-wrong-secret-pw');
    const log = logLines.join('');
    expect(log).toContain('/api/v1/auth/login');
    for (const secret of [DEMO_PASSWORD, 'a-wrong-secret-pw', session.accessToken, session.refreshToken]) {
      expect(log).not.toContain(secret);
    }
  });

  it('housekeeping forgets expired tokens, finished windows and old back-off, and keeps live sessions', async () => {
    await login('A1001', 'wrong-pass');
    time.advance(31 * 24 * 60 * MINUTE);
    const live = await server.signIn('A1001');
    await pruneExpired(server.ctx);
    const count = async (table: string) =>
      (await server.database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
    expect(await count('login_backoff')).toBe(0);
    expect(await count('access_tokens')).toBe(1);
    expect(await count('refresh_tokens')).toBe(1);
    expect(await count('sessions')).toBe(1);
    expect((await me(live.accessToken)).statusCode).toBe(200);
  });
});
