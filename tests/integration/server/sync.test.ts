import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { PullResponse } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const B2002 = { id: 'B2002', name: '赵敏', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };

describe.each(BACKENDS)('sync push and pull on %s', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(backend, { limits: { loginPerAccount: { max: 10_000, windowSeconds: 60 }, loginPerClient: { max: 10_000, windowSeconds: 60 }, callsPerUser: { max: 100_000, windowSeconds: 60 } } });
    for (const no of ['A1001', 'B2002', 'L2001', 'L2002', 'A2001', 'M3001']) tokens[no] = (await server.signIn(no)).accessToken;
  });
  afterAll(() => server?.close());

  // As a desk: the person signs in with the client id before syncing with it.
  const push = async (as: string, clientId: string, mutations: unknown[]) => {
    await server.signedInWith(as, clientId);
    return server.call('POST', '/sync/push', { token: tokens[as]!, body: { clientId, mutations } });
  };
  const pullAll = async (as: string, clientId: string, cursor = 0): Promise<PullResponse> => {
    await server.signedInWith(as, clientId);
    const response = await server.call('POST', '/sync/pull', { token: tokens[as]!, body: { clientId, cursor } });
    expect(response.statusCode).toBe(200);
    return response.json() as PullResponse;
  };
  const putIds = (page: PullResponse) => page.changes.flatMap((c) => (c.kind === 'put' ? [c.complaint.id] : []));

  it('applies a batch once, skips what it has, stops at a gap, and each role pulls what it may see', async () => {
    const client = randomUUID();
    const log = mutationLog(A1001);
    const create = log.create();
    const complaintId = (create.args as { id: string }).id;
    const note = log.note(complaintId);
    const first = await push('A1001', client, [create, note]);
    expect(first.json()).toMatchObject({ lastMutationId: 2 });
    expect((await push('A1001', client, [create, note])).json()).toMatchObject({ lastMutationId: 2 });
    log.skip(1);
    expect((await push('A1001', client, [log.note(complaintId)])).json()).toMatchObject({ lastMutationId: 2 });

    const mine = await pullAll('A1001', client);
    expect(mine.lastMutationId).toBe(2);
    const put = mine.changes.find((c) => c.kind === 'put' && c.complaint.id === complaintId);
    expect(put).toMatchObject({ kind: 'put', complaint: { version: 1, createdBy: { id: 'A1001', name: '王芳' } } });
    expect(put?.kind === 'put' && put.events.map((e) => e.kind)).toEqual(['complaint.created', 'note.added']);
    expect(mine.hasMore).toBe(false);
    expect(mine.cursor).toBe(mine.highWater);

    expect(putIds(await pullAll('L2001', randomUUID()))).toContain(complaintId);
    expect(putIds(await pullAll('M3001', randomUUID()))).toContain(complaintId);
    expect(putIds(await pullAll('L2002', randomUUID()))).not.toContain(complaintId);
    expect(putIds(await pullAll('B2002', randomUUID()))).not.toContain(complaintId);
    const audited = await server.ctx.pool.query('SELECT count(*)::int AS n FROM sync_audit WHERE client_id = $1', [client]);
    expect(audited.rows[0].n).toBe(2);
  });

  it('stores a refused mutation as a rejection, advances past it, and the agent pulls the reason', async () => {
    const owner = mutationLog(A1001);
    const create = owner.create();
    const complaintId = (create.args as { id: string }).id;
    await push('A1001', randomUUID(), [create]);
    const other = mutationLog(B2002);
    const client = randomUUID();
    const bad = other.note(complaintId);
    const unknown = other.make('complaint.explode', {});
    const fine = other.create();
    expect((await push('B2002', client, [bad, unknown, fine])).json()).toMatchObject({ lastMutationId: 3 });
    const page = await pullAll('B2002', client);
    expect(page.rejections.map((r) => [r.mutationId, r.code, r.messageKey])).toEqual([
      [1, 'forbidden', 'sync.refusal.forbidden'],
      [2, 'unknown_mutation', 'sync.refusal.unknownMutation'],
    ]);
    expect(putIds(page)).toContain((fine.args as { id: string }).id);
    const later = await server.call('POST', '/sync/pull', { token: tokens.B2002!, body: { clientId: client, cursor: 0, rejectionsAfter: 2 } });
    expect(later.json().rejections).toEqual([]);
  });

  it('refuses a client id of another user, an actor that is not the caller, and malformed batches', async () => {
    const client = randomUUID();
    await push('A1001', client, [mutationLog(A1001).create()]);
    expect((await push('B2002', client, [mutationLog(B2002).create()])).statusCode).toBe(403);
    const spoofed = await push('B2002', randomUUID(), [mutationLog(A1001).create()]);
    expect(spoofed.json()).toMatchObject({ lastMutationId: 1 });
    const bad = await push('A1001', randomUUID(), [{ id: 0, name: 'x' }]);
    expect(bad.statusCode).toBe(400);
    const extra = await server.call('POST', '/sync/pull', { token: tokens.A1001!, body: { clientId: randomUUID(), cursor: 0, sneaky: 1 } });
    expect(extra.statusCode).toBe(400);
    expect((await server.call('POST', '/sync/pull', { body: { clientId: randomUUID(), cursor: 0 } })).statusCode).toBe(401);
  });

  it('reassignment across teams pulls a remove for the desks that lost the complaint and a put for the new team', async () => {
    const create = mutationLog(A1001).create();
    const complaintId = (create.args as { id: string }).id;
    await push('A1001', randomUUID(), [create]);
    const lead = mutationLog(L2001);
    const leadClient = randomUUID();
    await push('L2001', leadClient, [lead.assign(complaintId, { id: 'B2002', name: '赵敏' })]);
    const b = randomUUID();
    const bSees = await pullAll('B2002', b);
    expect(putIds(bSees)).toContain(complaintId);
    const leadBefore = await pullAll('L2001', leadClient);
    await push('L2001', leadClient, [lead.assign(complaintId, { id: 'A2001', name: '吴磊' })]);
    const bAfter = await pullAll('B2002', b, bSees.cursor);
    expect(bAfter.changes).toContainEqual({ kind: 'remove', complaintId });
    const leadAfter = await pullAll('L2001', leadClient, leadBefore.cursor);
    expect(leadAfter.changes).toContainEqual({ kind: 'remove', complaintId });
    expect(putIds(await pullAll('L2002', randomUUID()))).toContain(complaintId);
    expect(putIds(await pullAll('A2001', randomUUID()))).toContain(complaintId);
    // The owner who took it still sees it.
    expect(putIds(await pullAll('A1001', randomUUID()))).toContain(complaintId);
  });

  it('runs one batch in order, each mutation on the state the ones before it left, written together', async () => {
    const lead = mutationLog(L2001);
    const client = randomUUID();
    const create = lead.create();
    const complaintId = (create.args as { id: string }).id;
    const note = lead.note(complaintId);
    const batch = [
      create,
      note,
      lead.assign(complaintId, { id: 'B2002', name: '赵敏' }),
      // Into another team: the lead no longer sees it, so the note after it is refused.
      lead.assign(complaintId, { id: 'A2001', name: '吴磊' }),
      lead.note(complaintId, '已转交'),
      // The same op sent again under the next id: skipped, never applied twice.
      { ...note, id: 6 },
    ];
    expect((await push('L2001', client, batch)).json()).toMatchObject({ lastMutationId: 6 });

    const audited = await server.ctx.pool.query('SELECT mutation_id::int AS id, outcome FROM sync_audit WHERE client_id = $1 ORDER BY mutation_id', [client]);
    expect(audited.rows).toEqual([
      { id: 1, outcome: 'applied' },
      { id: 2, outcome: 'applied' },
      { id: 3, outcome: 'applied' },
      { id: 4, outcome: 'applied' },
      { id: 5, outcome: 'rejected' },
    ]);
    const leadPage = await pullAll('L2001', client);
    expect(leadPage.rejections.map((r) => [r.mutationId, r.code])).toEqual([[5, 'forbidden']]);
    expect(putIds(leadPage)).not.toContain(complaintId);
    const newTeam = await pullAll('L2002', randomUUID());
    const put = newTeam.changes.find((c) => c.kind === 'put' && c.complaint.id === complaintId);
    expect(put?.kind === 'put' && put.complaint.assignee?.id).toBe('A2001');
    expect(put?.kind === 'put' && put.events.map((e) => e.kind)).toEqual(['complaint.created', 'note.added', 'complaint.assigned', 'complaint.assigned']);
    const removals = await server.ctx.pool.query('SELECT assignee_no FROM sync_removals WHERE complaint_id = $1 ORDER BY position', [complaintId]);
    expect(removals.rows.map((r) => r.assignee_no)).toEqual(['L2001', 'B2002']);
  });

  it('pages by cursor with hasMore and a high-water mark', async () => {
    const log = mutationLog(A2001Actor());
    const client = randomUUID();
    await push('A2001', client, [log.create(), log.create(), log.create()]);
    const seen: string[] = [];
    let cursor = 0;
    for (;;) {
      const response = await server.call('POST', '/sync/pull', { token: tokens.A2001!, body: { clientId: client, cursor, limit: 1 } });
      const page = response.json() as PullResponse;
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      expect(page.changes.length).toBeLessThanOrEqual(1);
      seen.push(...putIds(page));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the audit trail append-only', async () => {
    await expect(server.ctx.pool.query('UPDATE sync_audit SET outcome = outcome')).rejects.toThrow(/append-only/);
    await expect(server.ctx.pool.query('DELETE FROM sync_audit')).rejects.toThrow(/append-only/);
  });
});

function A2001Actor() {
  return { id: 'A2001', name: '吴磊', role: 'agent' as const };
}
