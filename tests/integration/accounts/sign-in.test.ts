import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeServerDesk, startCompanyServer, DEMO_PASSWORD, type ServerDesk } from '../../support/company-server';
import { valueOf } from '../../support/workflow-desk';

let company: Awaited<ReturnType<typeof startCompanyServer>>;
let notOurs: Server;
let notOursUrl: string;
const desks: ServerDesk[] = [];
const newDesk = (...args: Parameters<typeof makeServerDesk>) => {
  const desk = makeServerDesk(...args);
  desks.push(desk);
  return desk;
};

beforeAll(async () => {
  company = await startCompanyServer();
  notOurs = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>intranet</h1>'));
  await new Promise<void>((done) => notOurs.listen(0, '127.0.0.1', done));
  notOursUrl = `http://127.0.0.1:${(notOurs.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise((done) => notOurs.close(done));
  await company?.close();
});
afterEach(() => {
  for (const desk of desks.splice(0)) desk.close();
});

/** A loopback address where nothing listens: the server "goes away". */
const DEAD_URL = 'http://127.0.0.1:9';

describe('the server address (first run)', () => {
  it('is refused when it is not https (except loopback), does not answer, or is not our server; then kept when it is', async () => {
    const desk = newDesk(null);
    const issueOf = async (url: string) => {
      const result = await desk.dispatch('server.setAddress', { url });
      return result.ok ? null : result.error.issues?.[0];
    };
    expect(await issueOf('http://desk.example.com')).toEqual({ path: ['url'], messageKey: 'accounts.address.insecure' });
    expect(await issueOf('not a url at all')).toEqual({ path: ['url'], messageKey: 'accounts.address.invalid' });
    expect(await issueOf(DEAD_URL)).toEqual({ path: ['url'], messageKey: 'accounts.address.unreachable' });
    expect(await issueOf(notOursUrl)).toEqual({ path: ['url'], messageKey: 'accounts.address.notOurServer' });
    expect(valueOf(await desk.dispatch('server.status', {}))).toMatchObject({ url: null, online: null });

    const status = valueOf(await desk.dispatch('server.setAddress', { url: `${company.server.url}/api/v1/` }));
    expect(status).toMatchObject({ url: company.server.url, online: true, caTrusted: false });
    expect(desk.settings.get('serverUrl')).toBe(company.server.url);
  });

  it('refuses a company CA that is not a certificate, next to the field', async () => {
    const desk = newDesk(null);
    const result = await desk.dispatch('server.setAddress', { url: company.server.url, ca: '-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----' });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: ['ca'], messageKey: 'accounts.address.caInvalid' }] } });
  });
});

describe('sign-in with 工号 and password', () => {
  it('takes name, role and team from the server, keeps an Argon2id verifier, and never hands out the refresh token', async () => {
    const desk = newDesk(company.server.url);
    const result = valueOf<{ agent: Record<string, unknown>; offline: boolean }>(
      await desk.dispatch('session.signIn', { employeeNo: 'L2001', password: DEMO_PASSWORD }),
    );
    expect(result.offline).toBe(false);
    expect(result.agent).toMatchObject({ id: 'L2001', name: '李强', role: 'lead', teamName: '理赔投诉一组', branchName: '华东分公司' });
    const accounts = desk.settings.get('offlineAccounts') as Record<string, { verifier: string }>;
    expect(accounts.L2001?.verifier).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(JSON.stringify(accounts)).not.toContain(DEMO_PASSWORD);
    const tokens = desk.settings.get('serverTokens') as { refreshToken: string };
    const everything = JSON.stringify([result, valueOf(await desk.dispatch('session.current', {})), valueOf(await desk.dispatch('server.status', {}))]);
    expect(everything).not.toContain(tokens.refreshToken);
  });

  it('refuses a wrong password next to the field, and an unknown field in the sign-in body', async () => {
    const desk = newDesk(company.server.url);
    expect(await desk.dispatch('session.signIn', { employeeNo: 'A1001', password: 'not-the-password' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['password'], messageKey: 'accounts.errors.wrongPasswordOnline' }] },
    });
    expect(await desk.dispatch('session.signIn', { employeeNo: 'A1001', password: DEMO_PASSWORD, role: 'admin' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(valueOf(await desk.dispatch('session.current', {}))).toMatchObject({ agent: null });
  });

  it('signs in offline with the verifier once the server is gone; a wrong password or a person never seen here is refused', async () => {
    const desk = newDesk(company.server.url);
    valueOf(await desk.dispatch('session.signIn', { employeeNo: 'A1001', password: DEMO_PASSWORD }));
    valueOf(await desk.dispatch('session.signOut', {}));
    desk.settings.set('serverUrl', DEAD_URL);

    expect(valueOf(await desk.dispatch('server.status', {}))).toMatchObject({ online: false, lastReachedAt: expect.any(String) });
    expect(await desk.dispatch('session.signIn', { employeeNo: 'A1001', password: 'Wrong@2026' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['password'], messageKey: 'accounts.errors.wrongPassword' }] },
    });
    expect(await desk.dispatch('session.signIn', { employeeNo: 'B2002', password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'offline', messageKey: 'accounts.errors.offlineNeverOnline' },
    });
    const offline = valueOf<{ agent: { name: string; role: string }; offline: boolean; lastReachedAt: string }>(
      await desk.dispatch('session.signIn', { employeeNo: 'a1001', password: DEMO_PASSWORD }),
    );
    expect(offline).toMatchObject({ offline: true, agent: { name: '王芳', role: 'agent' }, lastReachedAt: expect.any(String) });
    expect(valueOf(await desk.dispatch('session.current', {}))).toMatchObject({ offline: true, locked: false });
    // Work goes on offline; administration says why it cannot.
    expect(valueOf(await desk.dispatch('queue.mine', {}))).toMatchObject({ total: 0 });
    expect(await desk.dispatch('org.settings.refresh', {})).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('refreshes an expired access token and goes on', async () => {
    const desk = newDesk(company.server.url);
    valueOf(await desk.dispatch('session.signIn', { employeeNo: 'L2001', password: DEMO_PASSWORD }));
    const before = desk.settings.get('serverTokens') as { accessToken: string; refreshToken: string };
    desk.settings.set('serverTokens', { ...before, accessToken: 'expired-or-forged' });
    const users = valueOf<{ users: { employeeNo: string; teamName: string | null }[] }>(await desk.dispatch('admin.users.list', {}));
    // A lead sees their own team only.
    expect(users.users.map((u) => u.employeeNo).sort()).toEqual(['A1001', 'A1003', 'B2002', 'L2001']);
    const after = desk.settings.get('serverTokens') as { accessToken: string; refreshToken: string };
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.accessToken).not.toBe('expired-or-forged');
  });

  it('lets only an admin move a desk with someone signed in to another server', async () => {
    const desk = newDesk(company.server.url);
    valueOf(await desk.dispatch('session.signIn', { employeeNo: 'A1001', password: DEMO_PASSWORD }));
    expect(await desk.dispatch('server.setAddress', { url: notOursUrl })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'accounts.address.adminOnly' },
    });
    expect(desk.settings.get('serverUrl')).toBe(company.server.url);
  });

  it('lets several people sign in at one desk, shift after shift', async () => {
    const desk = newDesk(company.server.url);
    for (const employeeNo of ['A1001', 'B2002', 'A1001']) {
      expect(valueOf<{ agent: { id: string } }>(await desk.dispatch('session.signIn', { employeeNo, password: DEMO_PASSWORD })).agent.id).toBe(employeeNo);
      valueOf(await desk.dispatch('session.signOut', {}));
    }
  });
});
