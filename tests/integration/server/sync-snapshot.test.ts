import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { NOTE_EVENT_KIND } from '../../../shared/domain/workflow/notes';
import type { PullResponse, PutChange, WireMutation } from '../../../shared/sync/protocol';
import { SYNC_ROUTES } from '../../../shared/sync/protocol';
import { SnapshotLineSchema, type SnapshotBegin } from '../../../shared/sync/snapshot';
import { authenticate } from '../../../server/services/auth';
import { openSnapshot } from '../../../server/sync/snapshot';
import { mutationLog } from '../../support/sync-fixtures';
import { BACKENDS } from './support/backends';
import { databaseSnapshot, startTestServer, type TestServer } from './support/test-server';

const person = (id: string, name: string, role: 'agent' | 'lead' | 'admin' = 'agent') => ({ id, name, role });
const A1001 = person('A1001', '王芳');
const B2002 = person('B2002', '赵敏');
const A2001 = person('A2001', '吴磊');
const A3001 = person('A3001', '何静');
const L2001 = person('L2001', '李强', 'lead');
const PEOPLE = ['A1001', 'B2002', 'A2001', 'A3001', 'L2001', 'L2002', 'M3001'];

const idOf = (m: WireMutation) => (m.args as { id: string }).id;

/**
 * The first sync's snapshot on the wire: what the pull rule shows, own and assigned first, refused before
 * a byte for a client id that is not the caller's, and — the point of its cursor — never missing a change
 * that commits while it streams: the feed from its cursor brings it.
 */
describe.each(BACKENDS)('the sync snapshot (%s)', (backend) => {
  let server: TestServer;
  const tokens = new Map<string, string>();
  const clients = new Map<string, string>();
  const written = new Map<string, string[]>();

  const push = async (no: string, mutations: WireMutation[]) => {
    const response = await server.call('POST', SYNC_ROUTES.push, { token: tokens.get(no)!, body: { clientId: await server.newClient(no), mutations } });
    expect(response.statusCode).toBe(200);
  };

  /** The snapshot as the person's client reads it over the wire, every line checked against the protocol. */
  const snapshotOf = async (no: string) => {
    const response = await server.call('POST', SYNC_ROUTES.snapshot, { token: tokens.get(no)!, body: { clientId: clients.get(no)! } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = response.body.split('\n');
    expect(lines.pop()).toBe('');
    return lines.map((line) => SnapshotLineSchema.parse(JSON.parse(line)));
  };

  /** Every complaint the person holds after paging through the whole feed from 0. */
  const pulledFromZero = async (no: string) => {
    const held = new Set<string>();
    let cursor = 0;
    for (;;) {
      const page = (await server.call('POST', SYNC_ROUTES.pull, { token: tokens.get(no)!, body: { clientId: clients.get(no)!, cursor } })).json() as PullResponse;
      for (const change of page.changes) {
        if (change.kind === 'put') held.add(change.complaint.id);
        else held.delete(change.complaintId);
      }
      cursor = page.cursor;
      if (!page.hasMore) return { held, cursor };
    }
  };

  beforeAll(async () => {
    const many = { max: 1_000_000, windowSeconds: 60 };
    server = await startTestServer(backend, { limits: { callsPerUser: many, loginPerAccount: many, loginPerClient: many } });
    for (const no of PEOPLE) {
      const session = await server.signIn(no);
      tokens.set(no, session.accessToken);
      clients.set(no, session.clientId);
    }
    for (const agent of [A1001, B2002, A2001, A3001]) {
      const log = mutationLog(agent);
      const creates = [log.create(), log.create(), log.create()];
      written.set(agent.id, creates.map(idOf));
      await push(agent.id, creates);
    }
    // One of 赵敏's is handed to 王芳 (her teammate), and one of 王芳's to her lead 李强.
    await push('B2002', [mutationLog(B2002).assign(written.get('B2002')![0]!, A1001)]);
    await push('A1001', [mutationLog(A1001).assign(written.get('A1001')![2]!, L2001)]);
  }, 90_000);
  afterAll(() => server?.close());

  it.each(['A1001', 'B2002', 'A3001', 'L2001', 'L2002', 'M3001'])('brings %s exactly what paging the feed from 0 brings, own and assigned first, at the feed\'s top', async (no) => {
    const lines = await snapshotOf(no);
    const begin = lines[0] as SnapshotBegin;
    expect(begin.kind).toBe('begin');
    const puts = lines.filter((l): l is PutChange => l.kind === 'put');
    const ownDone = lines.findIndex((l) => l.kind === 'ownDone');
    expect(lines.at(-1)).toEqual({ kind: 'end', count: puts.length });
    expect(lines[ownDone]).toEqual({ kind: 'ownDone', count: begin.own });
    expect(lines.filter((l) => l.kind === 'begin' || l.kind === 'ownDone' || l.kind === 'end')).toHaveLength(3);
    expect(begin.total).toBe(puts.length);
    const { held, cursor } = await pulledFromZero(no);
    expect(begin.cursor).toBe(cursor);
    expect(new Set(puts.map((p) => p.complaint.id))).toEqual(held);
    expect(puts).toHaveLength(held.size);
    // Own (taken or assigned) ones before ownDone, none after.
    const mine = (p: PutChange) => p.complaint.createdBy.id === no || p.complaint.assignee?.id === no;
    expect(lines.slice(1, ownDone).every((l) => l.kind === 'put' && mine(l))).toBe(true);
    expect(lines.slice(ownDone + 1, -1).some((l) => l.kind === 'put' && mine(l))).toBe(false);
  });

  it('shows an agent only their own and assigned complaints, and a lead only their team\'s', async () => {
    const ids = async (no: string) => new Set((await snapshotOf(no)).flatMap((l) => (l.kind === 'put' ? [l.complaint.id] : [])));
    const agent = await ids('A1001');
    expect(agent).toEqual(new Set([...written.get('A1001')!, written.get('B2002')![0]!]));
    const otherTeamLead = await ids('L2002');
    for (const id of [...written.get('A1001')!, ...written.get('B2002')!, ...written.get('A3001')!]) expect(otherTeamLead.has(id)).toBe(false);
    expect([...(await ids('L2001'))].some((id) => written.get('A3001')!.includes(id))).toBe(false);
    expect((await ids('M3001')).size).toBe(12);
  });

  it('refuses, before a byte and without a trace, another person\'s client id, one never signed in with, a missing token and unknown fields', async () => {
    const before = await databaseSnapshot(server.database);
    const ask = (token: string | undefined, body: unknown) => server.call('POST', SYNC_ROUTES.snapshot, { ...(token ? { token } : {}), body: body as object });
    const othersClient = await ask(tokens.get('A1001'), { clientId: clients.get('A3001') });
    expect(othersClient.statusCode).toBe(403);
    expect(othersClient.json().error.fields).toEqual([{ path: 'clientId', code: 'bound_to_other_user' }]);
    const unbound = await ask(tokens.get('A1001'), { clientId: randomUUID() });
    expect(unbound.statusCode).toBe(403);
    expect(unbound.json().error.fields).toEqual([{ path: 'clientId', code: 'client_not_bound' }]);
    expect((await ask(tokens.get('A1001'), { clientId: 'not-a-uuid-at-all' })).statusCode).toBe(403);
    expect((await ask(undefined, { clientId: clients.get('A1001') })).statusCode).toBe(401);
    const extra = await ask(tokens.get('A1001'), { clientId: clients.get('A1001'), cursor: 0, role: 'admin' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.fields).toEqual([
      { path: 'cursor', code: 'unrecognized_keys' },
      { path: 'role', code: 'unrecognized_keys' },
    ]);
    for (const refused of [othersClient, unbound, extra]) expect(refused.body).not.toContain('complaint');
    expect(await databaseSnapshot(server.database)).toEqual(before);
  });

  it('never misses a change committed while it streams: the feed from its cursor brings it', async () => {
    const admin = await authenticate(server.ctx, `Bearer ${tokens.get('M3001')!}`);
    // Reading three complaints a query, the pushes below commit between the snapshot's reads.
    const snapshot = await openSnapshot(server.ctx, admin, { clientId: clients.get('M3001')! }, 3);
    const lines = snapshot.lines();
    const first = await lines.next();
    expect(JSON.parse(first.value as string).kind).toBe('ownDone');
    const seen = new Map<string, number>();
    const read = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const next = await lines.next();
        if (next.done) return;
        const line = SnapshotLineSchema.parse(JSON.parse(next.value));
        if (line.kind === 'put') seen.set(line.complaint.id, line.events.filter((e) => e.kind === NOTE_EVENT_KIND).length);
      }
    };
    await read(4);
    const alreadySent = [...seen.keys()][0]!;
    const all = [...written.values()].flat();
    const notYetSent = all.filter((id) => !seen.has(id)).sort().at(-1)!;
    // A note on a complaint already sent, a note on one not read yet, and a new complaint, each committed mid-stream.
    const late = mutationLog(A1001).create();
    const noteOn = async (id: string) => {
      const owner = [...written.entries()].find(([, ids]) => ids.includes(id))![0];
      const agent = [A1001, B2002, A2001, A3001].find((a) => a.id === owner)!;
      await push(owner, [mutationLog(agent).note(id, '流式快照期间的备注')]);
    };
    await noteOn(alreadySent);
    await noteOn(notYetSent);
    await push('A1001', [late]);
    await read(Number.MAX_SAFE_INTEGER);
    const expected = new Map([...seen]);
    // The feed from the snapshot's cursor brings what committed after it.
    let cursor = snapshot.begin.cursor;
    for (;;) {
      const page = (await server.call('POST', SYNC_ROUTES.pull, { token: tokens.get('M3001')!, body: { clientId: clients.get('M3001')!, cursor } })).json() as PullResponse;
      for (const change of page.changes) if (change.kind === 'put') expected.set(change.complaint.id, change.events.filter((e) => e.kind === NOTE_EVENT_KIND).length);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(expected.has(idOf(late))).toBe(true);
    expect(expected.get(alreadySent)).toBe(1);
    expect(expected.get(notYetSent)).toBe(1);
    // What the desk ends with equals the server's state now.
    const { held } = await pulledFromZero('M3001');
    expect(new Set(expected.keys())).toEqual(held);
  });

  it('under racing pushes, the snapshot plus the feed from its cursor holds every complaint written', async () => {
    const admin = await authenticate(server.ctx, `Bearer ${tokens.get('M3001')!}`);
    const writtenNow = new Set<string>();
    const writers = [A1001, B2002, A2001, A3001].map(async (agent) => {
      const log = mutationLog(agent);
      const client = await server.newClient(agent.id);
      for (let round = 0; round < 8; round++) {
        const batch = [log.create(), log.create()];
        for (const m of batch) writtenNow.add(idOf(m));
        const response = await server.call('POST', SYNC_ROUTES.push, { token: tokens.get(agent.id)!, body: { clientId: client, mutations: batch } });
        expect(response.statusCode).toBe(200);
      }
    });
    const held = new Set<string>();
    const reader = (async () => {
      // Let the writers start first, so the snapshot races them.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const snapshot = await openSnapshot(server.ctx, admin, { clientId: clients.get('M3001')! }, 2);
      for await (const text of snapshot.lines()) {
        const line = SnapshotLineSchema.parse(JSON.parse(text));
        if (line.kind === 'put') held.add(line.complaint.id);
        await new Promise((resolve) => setImmediate(resolve));
      }
      return snapshot.begin.cursor;
    })();
    const [cursorAfterSnapshot] = await Promise.all([reader, ...writers]);
    let cursor = cursorAfterSnapshot as number;
    for (;;) {
      const page = (await server.call('POST', SYNC_ROUTES.pull, { token: tokens.get('M3001')!, body: { clientId: clients.get('M3001')!, cursor, limit: 7 } })).json() as PullResponse;
      for (const change of page.changes) if (change.kind === 'put') held.add(change.complaint.id);
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(writtenNow.size).toBe(64);
    expect([...writtenNow].filter((id) => !held.has(id))).toEqual([]);
  }, 60_000);
});
