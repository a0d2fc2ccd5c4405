import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };
const B2002 = { id: 'B2002', name: '赵敏', role: 'agent' as const };
const L2002 = { id: 'L2002', name: '周杰', role: 'lead' as const };
const MANY = { max: 100_000, windowSeconds: 60 };
type Page = Omit<PullResponse, 'serverTime'>;

/**
 * A shift signing in at once: pulls of the same page by callers with the same reach share one query
 * (server/sync/shared-feed-reads.ts) and answer exactly what each would get alone; callers whose reach differs
 * — another team's lead, an agent, an admin — never share, whatever the cursor.
 */
describe.each(BACKENDS)('pulls at the same moment (%s)', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(backend, { limits: { loginPerAccount: MANY, loginPerClient: MANY, callsPerUser: MANY } });
    for (const no of ['A1001', 'A2001', 'B2002', 'L2001', 'L2002', 'M3001']) tokens[no] = (await server.signIn(no)).accessToken;
    // Complaints in two teams, so every reach below sees a different set: 理赔投诉一组 (A1001, B2002; lead L2001)
    // and 保全投诉二组 (A2001 and its lead L2002).
    for (const [no, who] of [['A1001', A1001], ['B2002', B2002], ['A2001', A2001], ['L2002', L2002]] as const) {
      const clientId = randomUUID();
      await server.signedInWith(no, clientId);
      const log = mutationLog(who);
      const create = log.create();
      const pushed = await server.call('POST', '/sync/push', {
        token: tokens[no]!,
        body: { clientId, mutations: [create, log.create(), log.note((create.args as { id: string }).id)] },
      });
      expect(pushed.statusCode).toBe(200);
    }
  }, 90_000);
  afterAll(() => server?.close());

  /** A fresh desk of the person (signed in with a new client id, as a desk does before it syncs). */
  async function desk(no: string): Promise<{ no: string; clientId: string }> {
    const clientId = randomUUID();
    await server.signedInWith(no, clientId);
    return { no, clientId };
  }

  /** The desk pulls one page from the cursor; the answer without its server time. */
  async function pull(at: { no: string; clientId: string }, cursor: number): Promise<Omit<PullResponse, 'serverTime'>> {
    const response = await server.call('POST', '/sync/pull', { token: tokens[at.no]!, body: { clientId: at.clientId, cursor } });
    expect(response.statusCode, response.body).toBe(200);
    const { serverTime: _, ...page } = response.json() as PullResponse;
    return page;
  }

  const pullPage = async (no: string, cursor: number) => pull(await desk(no), cursor);

  /** Desks signed in first, then all pulling at once. */
  async function atOnce(asks: Array<{ no: string; cursor: number }>) {
    const desks = await Promise.all(asks.map((ask) => desk(ask.no)));
    return Promise.all(desks.map((d, i) => pull(d, asks[i]!.cursor)));
  }

  it('twenty desks of one lead asking for the same page at once share the query and each get what a pull alone gets', async () => {
    const alone = await pullPage('L2001', 0);
    expect(alone.changes.length).toBeGreaterThan(0);
    const joinedBefore = server.ctx.feedReads.joined;
    const together = await atOnce(Array.from({ length: 20 }, () => ({ no: 'L2001', cursor: 0 })));
    for (const page of together) expect(page).toEqual(alone);
    // On PostgreSQL the pulls overlap and share (PGlite runs one statement at a time, each pull's in turn: nothing to join).
    if (backend === 'postgres') expect(server.ctx.feedReads.joined).toBeGreaterThan(joinedBefore);
    expect(server.ctx.feedReads.inFlight).toBe(0);
  });

  it('callers with different reaches asking at once never share: each gets its own page, as alone', async () => {
    const people = ['L2001', 'L2002', 'A1001', 'A2001', 'B2002', 'M3001'];
    const alone = await Promise.all(people.map(async (no) => [no, await pullPage(no, 0)] as const));
    // The reaches see different complaints, so a shared page would show.
    expect(new Set(alone.map(([, page]) => JSON.stringify(page.changes))).size).toBe(people.length);
    const joinedBefore = server.ctx.feedReads.joined;
    const together = await atOnce(people.flatMap((no) => [{ no, cursor: 0 }, { no, cursor: 0 }]));
    // The pulls did overlap: the same person's two desks shared.
    if (backend === 'postgres') expect(server.ctx.feedReads.joined).toBeGreaterThan(joinedBefore);
    people.forEach((no, i) => {
      const expected = alone.find(([who]) => who === no)![1];
      expect(together[2 * i], no).toEqual(expected);
      expect(together[2 * i + 1], no).toEqual(expected);
    });
  });

  it('the same reach at another cursor is another page', async () => {
    const first = await pullPage('L2001', 0);
    const cursor = first.cursor - 1;
    const [fromStart, fromLater] = (await atOnce([{ no: 'L2001', cursor: 0 }, { no: 'L2001', cursor }])) as [Page, Page];
    expect(fromStart).toEqual(first);
    expect(fromLater).toEqual(await pullPage('L2001', cursor));
    expect(fromLater.changes.length).toBeLessThan(fromStart.changes.length);
  });
});
