import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { BACKENDS } from './support/backends';
import { databaseSnapshot, startTestServer, type SignedIn, type TestServer } from './support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const B2002 = { id: 'B2002', name: '赵敏', role: 'agent' as const };

/**
 * A sync client id is bound to its person when they sign in with it — never by a push or a pull. An
 * attacker with a valid account who names another desk's id, or an id nobody signed in with, is refused
 * and binds nothing, so the desk that owns the id goes on syncing.
 */
describe.each(BACKENDS)('sync client ids are bound at sign-in (%s)', (backend) => {
  let server: TestServer;
  let attacker: SignedIn;

  beforeAll(async () => {
    server = await startTestServer(backend, { limits: { callsPerUser: { max: 100_000, windowSeconds: 60 } } });
    attacker = await server.signIn('B2002');
  }, 90_000);
  afterAll(() => server?.close());

  const push = (token: string, clientId: string, mutations: unknown[] = []) =>
    server.call('POST', '/sync/push', { token, body: { clientId, mutations } });
  const pull = (token: string, clientId: string) => server.call('POST', '/sync/pull', { token, body: { clientId, cursor: 0 } });
  const syncRow = async (clientId: string) => (await server.ctx.pool.query('SELECT user_id FROM sync_client WHERE client_id = $1', [clientId])).rows;

  it("an empty push naming another desk's client id is refused (403 bound_to_other_user), binds nothing, and that desk syncs on", async () => {
    const victim = await server.signIn('A1001');
    const squat = await push(attacker.accessToken, victim.clientId);
    expect(squat.statusCode).toBe(403);
    expect(squat.json().error).toMatchObject({ code: 'forbidden', fields: [{ path: 'clientId', code: 'bound_to_other_user' }] });
    expect(await syncRow(victim.clientId)).toEqual([]);

    const log = mutationLog(A1001);
    const pushed = await push(victim.accessToken, victim.clientId, [log.create()]);
    expect(pushed.statusCode).toBe(200);
    expect(pushed.json()).toMatchObject({ lastMutationId: 1 });
    const pulled = await pull(victim.accessToken, victim.clientId);
    expect(pulled.statusCode).toBe(200);
    expect((pulled.json() as PullResponse).lastMutationId).toBe(1);
  });

  it("a pull naming another desk's client id is refused and shows none of that desk's counter or rejections", async () => {
    const victim = await server.signIn('A1001');
    const log = mutationLog(B2002); // the actor is not the caller: stored as a rejection of the victim's desk
    expect((await push(victim.accessToken, victim.clientId, [log.create()])).statusCode).toBe(200);
    const peek = await pull(attacker.accessToken, victim.clientId);
    expect(peek.statusCode).toBe(403);
    expect(peek.json().error.fields).toEqual([{ path: 'clientId', code: 'bound_to_other_user' }]);
    expect(peek.body).not.toContain('rejections');
  });

  it('a push or pull with a client id nobody signed in with is refused (403 client_not_bound) and changes nothing', async () => {
    const before = await databaseSnapshot(server.database);
    for (const clientId of [randomUUID(), 'not-a-uuid-client-id']) {
      for (const response of [await push(attacker.accessToken, clientId, [mutationLog(B2002).create()]), await pull(attacker.accessToken, clientId)]) {
        expect(response.statusCode).toBe(403);
        expect(response.json().error).toMatchObject({ code: 'forbidden', fields: [{ path: 'clientId', code: 'client_not_bound' }] });
      }
    }
    expect(await databaseSnapshot(server.database)).toEqual(before);
  });

  it("an id squatted before its desk's first sign-in is still that desk's: the refused push bound nothing", async () => {
    const deskId = randomUUID();
    expect((await push(attacker.accessToken, deskId)).statusCode).toBe(403);
    const desk = await server.signIn('A1001', undefined, deskId);
    expect((await push(desk.accessToken, deskId, [mutationLog(A1001).create()])).json()).toMatchObject({ lastMutationId: 1 });
    expect((await pull(desk.accessToken, deskId)).statusCode).toBe(200);
    expect((await server.call('POST', '/auth/login', { body: { employeeNo: 'B2002', password: 'Demo@2026', clientId: deskId, deviceName: 'x' } })).statusCode).toBe(409);
  });

  it('the same person may sync with any client id they signed in with (two desks of one agent)', async () => {
    const first = await server.signIn('A1003');
    const second = await server.signIn('A1003');
    expect((await push(first.accessToken, second.clientId)).statusCode).toBe(200);
    expect((await pull(second.accessToken, first.clientId)).statusCode).toBe(200);
  });
});
