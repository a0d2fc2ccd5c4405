import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/org/auth';
import { API_PREFIX } from '../../../shared/org/routes';
import { SYNC_ROUTES } from '../../../shared/sync/protocol';
import { DEMO_PASSWORD } from '../../../server/services/demo-organisation';
import { mutationLog } from '../../support/sync-fixtures';
import type { SpawnedServer } from './support/spawn-server';
import { startTwoProcesses, type TwoProcesses } from './support/two-processes';

/** A desk connected to one server process is poked when a push lands on another (LISTEN/NOTIFY on the shared PostgreSQL). */
describe('pokes across two server processes on one PostgreSQL', () => {
  let servers: TwoProcesses | undefined;
  let a: SpawnedServer;
  let b: SpawnedServer;

  beforeAll(async () => {
    servers = await startTwoProcesses();
    ({ a, b } = servers);
  }, 60_000);
  afterAll(() => servers?.stop());

  /** Signs in as a desk, with the client id it then syncs with. */
  const signIn = async (server: SpawnedServer, employeeNo: string) => {
    const clientId = randomUUID();
    const response = await fetch(`${server.url}${API_PREFIX}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ employeeNo, password: DEMO_PASSWORD, clientId, deviceName: 'desk' }),
    });
    expect(response.status).toBe(200);
    return { ...((await response.json()) as Session), clientId };
  };

  /** Opens the poke stream and answers a promise for each next poke, timed from when it is asked for. */
  async function pokeStream(server: SpawnedServer, token: string) {
    const controller = new AbortController();
    const response = await fetch(`${server.url}${API_PREFIX}${SYNC_ROUTES.poke}`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    const nextPoke = async (): Promise<void> => {
      for (;;) {
        const at = buffered.indexOf('event: poke');
        if (at >= 0) {
          buffered = buffered.slice(at + 'event: poke'.length);
          return;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the poke stream ended');
        buffered += decoder.decode(value, { stream: true });
      }
    };
    // The stream says it is connected before it listens for pokes.
    while (!buffered.includes(': connected')) buffered += decoder.decode((await reader.read()).value, { stream: true });
    return { nextPoke, close: () => controller.abort() };
  }

  /** Whether the poke arrived by `ms` after the push was answered (it may arrive before the answer). */
  const pokedWithin = async (ms: number, poke: Promise<void>, pushed: Promise<Response>) => {
    let arrived = false;
    void poke.then(() => (arrived = true));
    expect((await pushed).status).toBe(200);
    const answeredAt = performance.now();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([poke, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
    return arrived ? Math.round(performance.now() - answeredAt) : null;
  };

  it('pokes a desk on process B within a second of a push to process A, and the other way round', async () => {
    const agent = await signIn(a, 'A1001');
    const lead = await signIn(b, 'L2001');
    const onB = await pokeStream(b, lead.accessToken);
    const onA = await pokeStream(a, lead.accessToken);
    try {
      const log = mutationLog({ id: 'A1001', name: '王芳', role: 'agent' });
      const clientId = agent.clientId;
      const push = (server: SpawnedServer) =>
        fetch(`${server.url}${API_PREFIX}${SYNC_ROUTES.push}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.accessToken}` },
          body: JSON.stringify({ clientId, mutations: [log.create()] }),
        });
      // A first push on each process warms its code paths; the pokes it causes are not timed.
      for (const server of [a, b]) await Promise.all([onA.nextPoke(), onB.nextPoke(), push(server)]);

      for (const [from, to] of [
        [a, onB],
        [b, onA],
      ] as const) {
        const other = to === onB ? onA : onB;
        const elsewhere = other.nextPoke();
        expect(await pokedWithin(1_000, to.nextPoke(), push(from))).not.toBeNull();
        await elsewhere;
      }
    } finally {
      onA.close();
      onB.close();
    }
  }, 30_000);

  it('pokes only the desks the change concerns, on either process', async () => {
    const agent = await signIn(a, 'A1001');
    const ownLead = await pokeStream(b, (await signIn(b, 'L2001')).accessToken);
    const admin = await pokeStream(b, (await signIn(b, 'M3001')).accessToken);
    const otherLead = await pokeStream(b, (await signIn(b, 'L2002')).accessToken);
    const otherAgent = await pokeStream(a, (await signIn(a, 'B2002')).accessToken);
    const notPoked = [otherLead, otherAgent].map((stream) => {
      const state = { poked: false };
      stream.nextPoke().then(
        () => (state.poked = true),
        () => undefined,
      );
      return state;
    });
    try {
      const pushed = fetch(`${a.url}${API_PREFIX}${SYNC_ROUTES.push}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.accessToken}` },
        body: JSON.stringify({ clientId: agent.clientId, mutations: [mutationLog({ id: 'A1001', name: '王芳', role: 'agent' }).create()] }),
      });
      expect(await pokedWithin(1_000, ownLead.nextPoke(), pushed)).not.toBeNull();
      await admin.nextPoke();
      // The same notice reached process B's other desks and process A's own, if it was going to.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(notPoked.map((s) => s.poked)).toEqual([false, false]);
    } finally {
      for (const stream of [ownLead, admin, otherLead, otherAgent]) stream.close();
    }
  }, 30_000);
  it('an admin\'s settings change on process A pokes every desk on both processes, and the next pull names the new version', async () => {
    const admin = await signIn(a, 'M3001');
    const agent = await signIn(b, 'B2002');
    const onB = await pokeStream(b, agent.accessToken);
    const onA = await pokeStream(a, (await signIn(a, 'A3001')).accessToken);
    const pull = async () => {
      const response = await fetch(`${b.url}${API_PREFIX}${SYNC_ROUTES.pull}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.accessToken}` },
        body: JSON.stringify({ clientId: agent.clientId, cursor: 0 }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { settingsVersion?: number }).settingsVersion;
    };
    try {
      const before = await pull();
      expect(before).toEqual(expect.any(Number));
      const auth = { authorization: `Bearer ${admin.accessToken}` };
      const current = (await (await fetch(`${a.url}${API_PREFIX}/org-settings`, { headers: auth })).json()) as {
        deadlines: { standardDays: number };
        phrases: unknown;
        taxonomy: unknown;
      };
      const put = fetch(`${a.url}${API_PREFIX}/org-settings`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ deadlines: { ...current.deadlines, standardDays: 10 }, phrases: current.phrases, taxonomy: current.taxonomy }),
      });
      const onAPoked = onA.nextPoke();
      expect(await pokedWithin(1_000, onB.nextPoke(), put)).not.toBeNull();
      await onAPoked;
      expect(await pull()).toBe(before! + 1);
    } finally {
      onA.close();
      onB.close();
    }
  }, 30_000);

  it("a sign-out on process A closes that session's poke stream on process B at once; the person's other desk stays", async () => {
    const desk = await signIn(a, 'A1003');
    const otherDesk = await signIn(b, 'A1003');
    const onB = await pokeStream(b, desk.accessToken);
    const otherOnB = await pokeStream(b, otherDesk.accessToken);
    const otherEnded = { value: false };
    otherOnB.nextPoke().catch(() => (otherEnded.value = true));
    try {
      // Handled from the start: the stream may end before the sign-out is answered.
      const ended = onB.nextPoke().then(() => 'poked', (error: Error) => error.message);
      const out = await fetch(`${a.url}${API_PREFIX}/auth/logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${desk.accessToken}` },
        body: JSON.stringify({ refreshToken: desk.refreshToken }),
      });
      expect(out.status).toBe(200);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still open'), 2_000)));
      expect(await Promise.race([ended, late])).toBe('the poke stream ended');
      clearTimeout(timer);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(otherEnded.value).toBe(false);
    } finally {
      onB.close();
      otherOnB.close();
    }
  }, 30_000);
});
