import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deskClientUuid } from '../../../core/server-link/client-id';
import { pendingSignOuts } from '../../../core/server-link/pending-sign-outs';
import { makeServerDesk, DEMO_PASSWORD, type ServerDesk } from '../../support/company-server';
import { valueOf } from '../../support/workflow-desk';
import { BACKENDS } from '../server/support/backends';
import { startListeningServer, type ListeningServer } from '../server/support/listening-server';

/** A loopback address where nothing listens: the server "goes away". */
const DEAD_URL = 'http://127.0.0.1:9';

type Tokens = { employeeNo: string; accessToken: string; refreshToken: string };

/**
 * Signing out at a desk ends the session on the server: whoever copied the desk's tokens (a lying client)
 * can use neither afterwards. Offline, the sign-out is remembered and sent on the desk's next contact with
 * the server; the desk drops its tokens either way.
 */
describe.each(BACKENDS)('desk sign-out revokes the server session (%s)', (backend) => {
  let server: ListeningServer;
  const desks: ServerDesk[] = [];
  const newDesk = () => {
    const desk = makeServerDesk(server.running.url);
    desks.push(desk);
    return desk;
  };

  beforeAll(async () => {
    server = await startListeningServer(backend);
  }, 90_000);
  afterEach(() => {
    for (const desk of desks.splice(0)) desk.close();
  });
  afterAll(() => server?.close());

  /** What a copy of the tokens still gets from the server: /me with the access token, a refresh with the refresh token. */
  const stillWorks = async (desk: ServerDesk, tokens: Tokens, clientId: string) => ({
    me: (await server.call('GET', '/me', tokens.accessToken)).status,
    refresh: (await server.call('POST', '/auth/refresh', undefined, { refreshToken: tokens.refreshToken, clientId })).status,
  });
  const signedIn = async (desk: ServerDesk, employeeNo: string) => {
    valueOf(await desk.dispatch('session.signIn', { employeeNo, password: DEMO_PASSWORD }));
    return desk.settings.get('serverTokens') as Tokens;
  };
  const clientIdOf = (desk: ServerDesk, employeeNo: string) => deskClientUuid(desk.ctx.db, employeeNo);

  it("online: the copied access token and refresh token stop working at once; nothing is left pending", async () => {
    const desk = newDesk();
    const copied = await signedIn(desk, 'A1001');
    valueOf(await desk.dispatch('session.signOut', {}));
    expect(desk.settings.get('serverTokens')).toBeNull();
    expect(pendingSignOuts(desk.settings)).toEqual([]);
    expect(await stillWorks(desk, copied, clientIdOf(desk, 'A1001'))).toEqual({ me: 401, refresh: 401 });
  });

  it('offline: the desk drops its tokens, remembers the sign-out, and sends it on its next contact with the server', async () => {
    const desk = newDesk();
    const copied = await signedIn(desk, 'B2002');
    desk.settings.set('serverUrl', DEAD_URL);
    valueOf(await desk.dispatch('session.signOut', {}));
    expect(desk.settings.get('serverTokens')).toBeNull();
    expect(pendingSignOuts(desk.settings)).toHaveLength(1);
    // Still alive on the server while the desk cannot reach it.
    expect((await server.call('GET', '/me', copied.accessToken)).status).toBe(200);

    // The link is back; the next shift signs in on this desk: the old session is revoked first thing.
    desk.settings.set('serverUrl', server.running.url);
    await signedIn(desk, 'A1003');
    expect(pendingSignOuts(desk.settings)).toEqual([]);
    expect(await stillWorks(desk, copied, clientIdOf(desk, 'B2002'))).toEqual({ me: 401, refresh: 401 });
  });

  it('a remembered sign-out whose access token expired meanwhile is still sent (renewed once with its refresh token)', async () => {
    const desk = newDesk();
    const copied = await signedIn(desk, 'L2001');
    desk.settings.set('serverUrl', DEAD_URL);
    valueOf(await desk.dispatch('session.signOut', {}));
    // Fifteen minutes later the access token has expired: the server refuses it as it would.
    const [pending] = pendingSignOuts(desk.settings);
    desk.settings.set('serverPendingSignOuts', [{ ...pending!, accessToken: 'expired-access-token' }]);
    desk.settings.set('serverUrl', server.running.url);
    valueOf(await desk.dispatch('server.status', {}));
    await expect.poll(() => pendingSignOuts(desk.settings), { timeout: 5_000 }).toEqual([]);
    expect(await stillWorks(desk, copied, clientIdOf(desk, 'L2001'))).toEqual({ me: 401, refresh: 401 });
  });
});
