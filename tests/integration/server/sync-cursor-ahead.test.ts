import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { BACKENDS } from './support/backends';
import { databaseSnapshot, startTestServer, type SignedIn, type TestServer } from './support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };

/**
 * A cursor past the feed's high water (a desk database restored from an old backup, or a client that
 * lies) would skip every change up to it: it is refused with 409 cursor_ahead, never echoed back.
 */
describe.each(BACKENDS)('a pull cursor past the feed (%s)', (backend) => {
  let server: TestServer;
  let desk: SignedIn;

  beforeAll(async () => {
    server = await startTestServer(backend);
    desk = await server.signIn('A1001');
    const log = mutationLog(A1001);
    expect((await server.call('POST', '/sync/push', { token: desk.accessToken, body: { clientId: desk.clientId, mutations: [log.create(), log.create()] } })).statusCode).toBe(200);
  }, 90_000);
  afterAll(() => server?.close());

  const pull = (cursor: number) => server.call('POST', '/sync/pull', { token: desk.accessToken, body: { clientId: desk.clientId, cursor } });

  it('is refused with 409 cursor_ahead and a reason, and changes nothing', async () => {
    const highWater = ((await pull(0)).json() as PullResponse).highWater;
    expect(highWater).toBeGreaterThan(0);
    const before = await databaseSnapshot(server.database);
    for (const cursor of [highWater + 1, highWater + 1_000_000]) {
      const refused = await pull(cursor);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'conflict', fields: [{ path: 'cursor', code: 'cursor_ahead' }] });
      expect(refused.json().error.message).toMatch(/pull again from 0/);
    }
    expect(await databaseSnapshot(server.database)).toEqual(before);
  });

  it('a cursor at the high water is answered as before (nothing new), and one behind it gets the changes after it', async () => {
    const top = (await pull(0)).json() as PullResponse;
    const atTop = (await pull(top.highWater)).json() as PullResponse;
    expect(atTop).toMatchObject({ changes: [], cursor: top.highWater, hasMore: false });
    const behind = (await pull(top.highWater - 1)).json() as PullResponse;
    expect(behind.changes).toHaveLength(1);
  });
});
