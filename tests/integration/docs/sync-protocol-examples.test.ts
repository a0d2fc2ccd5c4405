import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema, type Session } from '../../../shared/org/auth';
import { PullResponseSchema, PushResponseSchema, type PullResponse, type PushRequest } from '../../../shared/sync/protocol';
import { jsonBlocks } from '../../../scripts/sync-protocol/render';
import { BACKENDS } from '../server/support/backends';
import { manualClock, startTestServer, type TestServer } from '../server/support/test-server';

/**
 * A client built from docs/sync-protocol.md alone: the bodies are the doc's JSON examples as they stand
 * (only the tokens, which the server makes, come from its answers), sent to the real server.
 */
const doc = readFileSync(new URL('../../../docs/sync-protocol.md', import.meta.url), 'utf8');
const examples = jsonBlocks(doc);
const example = <T extends object = Record<string, unknown>>(name: string): T => {
  if (!examples.has(name)) throw new Error(`docs/sync-protocol.md has no example ${name}`);
  return structuredClone(examples.get(name)) as T;
};
/** The path of a call as the doc states it (`POST /api/v1/...`), without the prefix the test server adds. */
const path = (call: string) => {
  expect(doc).toContain(call);
  return call.replace(/^[A-Z]+ \/api\/v1/, '');
};

describe.each(BACKENDS)('the examples of docs/sync-protocol.md against a real server on %s', (backend) => {
  let server: TestServer;
  let session: Session;
  const push = example<PushRequest>('push-request');
  const rejectedPush = example<PushRequest>('push-rejected-request');
  // The server's clock is the desk's in the examples, so no time is corrected.
  const clock = manualClock(new Date(push.deskClock!));
  const post = (call: string, body: unknown, token?: string) => server.call('POST', path(call), { body, ...(token ? { token } : {}) });

  beforeAll(async () => {
    server = await startTestServer(backend, { clock: clock.clock });
  });
  afterAll(() => server?.close());

  it('signs in with the sign-in example and gets the session it shows', async () => {
    const response = await post('POST /api/v1/auth/login', example('sign-in-request'));
    expect(response.statusCode, response.body).toBe(200);
    session = SessionSchema.parse(response.json());
    const { profile } = example<Session>('sign-in-response');
    const ids = { userId: session.profile.userId, teamId: session.profile.teamId, branchId: session.profile.branchId };
    expect(session.profile).toEqual({ ...profile, ...ids });
  });

  it('pushes the create and the advance, then the wrongly numbered create, as the doc shows', async () => {
    const first = await post('POST /api/v1/sync/push', push, session.accessToken);
    expect(first.statusCode, first.body).toBe(200);
    const { serverTime: _time, ...answer } = PushResponseSchema.parse(first.json());
    const { serverTime: _shown, ...shown } = example('push-response');
    expect(answer).toEqual(shown);

    clock.advance(Date.parse(rejectedPush.deskClock!) - Date.parse(push.deskClock!));
    const second = await post('POST /api/v1/sync/push', rejectedPush, session.accessToken);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ lastMutationId: 3, corrections: [] });
  });

  it('pulls them back as the pull answer shows, with the rejection', async () => {
    const response = await post('POST /api/v1/sync/pull', example('pull-request'), session.accessToken);
    expect(response.statusCode, response.body).toBe(200);
    const page = PullResponseSchema.parse(response.json());
    const shown = example<PullResponse>('pull-response');
    const [put] = page.changes;
    const [shownPut] = shown.changes;
    if (put?.kind !== 'put' || shownPut?.kind !== 'put') throw new Error('expected one put in each');
    expect(put.complaint).toEqual(shownPut.complaint);
    expect(put.events).toEqual(shownPut.events);
    expect(put.calls).toEqual(shownPut.calls);
    expect({ ...put.meta, branch: { name: put.meta.branch?.name } }).toEqual({ ...shownPut.meta, branch: { name: shownPut.meta.branch?.name } });
    expect({ cursor: page.cursor, hasMore: page.hasMore, highWater: page.highWater, lastMutationId: page.lastMutationId, settingsVersion: page.settingsVersion }).toEqual({
      cursor: shown.cursor,
      hasMore: shown.hasMore,
      highWater: shown.highWater,
      lastMutationId: shown.lastMutationId,
      settingsVersion: shown.settingsVersion,
    });
    const withoutTime = (r: PullResponse['rejections']) => r.map(({ at: _at, ...rest }) => rest);
    expect(withoutTime(page.rejections)).toEqual(withoutTime(shown.rejections));
    expect(page.rejections[0]!.code).toBe('number_mismatch');
  });

  it('answers a client id never signed in with exactly the error the doc shows', async () => {
    const response = await post('POST /api/v1/sync/pull', { ...example('pull-request'), clientId: randomUUID() }, session.accessToken);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual(example('error-client-not-bound'));
  });

  it('refreshes and signs out with the bodies the doc shows', async () => {
    const refreshed = await post('POST /api/v1/auth/refresh', { ...example('refresh-request'), refreshToken: session.refreshToken });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const next = SessionSchema.parse(refreshed.json());
    const out = await post('POST /api/v1/auth/logout', { ...example('logout-request'), refreshToken: next.refreshToken }, next.accessToken);
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    const after = await post('POST /api/v1/sync/pull', example('pull-request'), next.accessToken);
    expect(after.statusCode).toBe(401);
  });
});

describe.each(BACKENDS)('the per-kind mutation examples of docs/sync-protocol.md, pushed in order to a real server on %s', (backend) => {
  let server: TestServer;
  const at = '2026-12-06T02:45:00.000Z';

  beforeAll(async () => {
    server = await startTestServer(backend, { clock: manualClock(new Date(at)).clock });
  });
  afterAll(() => server?.close());

  /** The doc's mutation examples by the given person, in id order, while the ids run on without a gap from 1. */
  const unbroken = (employeeNo: string) => {
    const mine = [...examples.entries()]
      .filter(([label]) => label.startsWith('mutation '))
      .map(([, m]) => m as PushRequest['mutations'][number])
      .filter((m) => m.actor.id === employeeNo)
      .sort((a, b) => a.id - b.id);
    return mine.filter((m, i) => m.id === i + 1);
  };

  it("applies the agent's examples and the lead's first, with no rejection", async () => {
    const signIn = example<{ clientId: string }>('sign-in-request');
    const agent = await server.signIn('A1001', undefined, signIn.clientId);
    const lead = await server.signIn('L2001');
    const agentMutations = unbroken('A1001');
    const leadMutations = unbroken('L2001').slice(0, 1);
    expect(agentMutations.length).toBeGreaterThanOrEqual(10);
    expect(leadMutations.map((m) => m.name)).toEqual(['complaint.extendDeadline']);
    for (const [who, mutations] of [[agent, agentMutations], [lead, leadMutations]] as const) {
      const pushed = await server.call('POST', '/sync/push', { token: who.accessToken, body: { clientId: who.clientId, deskClock: at, mutations } });
      expect(pushed.statusCode, pushed.body).toBe(200);
      expect(pushed.json()).toMatchObject({ lastMutationId: mutations.at(-1)!.id, corrections: [] });
      const pulled = PullResponseSchema.parse((await server.call('POST', '/sync/pull', { token: who.accessToken, body: { clientId: who.clientId, cursor: 0 } })).json());
      expect(pulled.rejections).toEqual([]);
    }
    const row = await server.ctx.pool.query(`SELECT document->>'complexity' AS complexity, document->'extension' <> 'null'::jsonb AS extended FROM sync_complaints`);
    expect(row.rows).toEqual([{ complexity: 'especiallyComplex', extended: true }]);
  });
});
