import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import type { SearchResult } from '../../../shared/api/search';
import type { PullRequest } from '../../../shared/sync/protocol';
import { SYNC_ROUTES } from '../../../shared/sync/protocol';
import { syncOnce, type SyncProgress } from '../../../core/sync/sync-once';
import type { SyncTransport } from '../../../core/sync/transport';
import { SnapshotBroken } from '../../../core/sync/first-sync';
import { findComplaint } from '../../../db/repositories/complaints';
import { pullPosition } from '../../../db/repositories/server-state';
import { drainSearchQueue } from '../../../db/repositories/search-queue';
import { mutationLog } from '../../support/sync-fixtures';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf } from '../../support/workflow-desk';
import { BACKENDS } from '../server/support/backends';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const B2002 = { id: 'B2002', name: '赵敏', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };
const A3001 = { id: 'A3001', name: '何静', role: 'agent' as const };
/** Complaints other desks take before the lead's first sign-in (`FIRST_SYNC_COMPLAINTS` more, e.g. 50000 — pushing them is the slow part). */
const MANY = Number(process.env.FIRST_SYNC_COMPLAINTS ?? 450);

/** The transport, with what the desk asked the server recorded. */
function recorded(transport: SyncTransport) {
  const pulls: PullRequest[] = [];
  let snapshots = 0;
  return {
    pulls,
    snapshots: () => snapshots,
    transport: {
      ...transport,
      pull: (request: PullRequest) => {
        pulls.push(request);
        return transport.pull(request);
      },
      snapshot: (request) => {
        snapshots++;
        return transport.snapshot!(request);
      },
    } satisfies SyncTransport,
  };
}

/**
 * A desk's first sync comes as one streamed snapshot (its own and assigned complaints first), applied in
 * large transactions, then the ordinary feed from the snapshot's cursor; a broken stream is taken again
 * from the start; a desk that starts over drops what left its person's view.
 */
describe.each(BACKENDS)('a desk\'s first sync by snapshot (%s)', (backend) => {
  const net = syncedDesks(backend, ['A1001', 'B2002', 'L2001', 'A3001']);
  const { deskOf, sync } = net;

  /** Complaints taken by 赵敏 straight on the server (as other desks would have), in pushes of 100. */
  const seed = async (count: number) => {
    const log = mutationLog(B2002);
    const client = await net.server.newClient('B2002');
    for (let sent = 0; sent < count; sent += 100) {
      const mutations = Array.from({ length: Math.min(100, count - sent) }, () => log.create());
      const response = await net.server.call('POST', SYNC_ROUTES.push, { token: net.session('B2002').accessToken, body: { clientId: client, mutations } });
      expect(response.statusCode).toBe(200);
    }
  };

  it('brings the lead every team complaint by snapshot, own first, with progress, searchable, then pulls from its cursor', async () => {
    const agent = deskOf(A1001);
    const handedToLead = valueOf<Complaint>(await agent.dispatch('complaints.create', validIntake({ customerName: '欧阳娜娜' })));
    valueOf(await agent.dispatch('complaints.assign', { id: handedToLead.id, baseVersion: handedToLead.version, assignee: { id: 'L2001', name: '李强' } }));
    await sync(agent, A1001);
    await seed(MANY);

    const lead = deskOf(L2001);
    const link = recorded(net.transportOf('L2001'));
    const progress: SyncProgress[] = [];
    const order: string[] = [];
    lead.ctx.events.subscribe((name, payload) => {
      if (name === 'complaints.changed') order.push((payload as { id: string }).id);
    });
    await syncOnce(lead.ctx, L2001, link.transport, (p) => progress.push(p));

    expect(link.snapshots()).toBe(1);
    // The feed is pulled from the snapshot's cursor, never paged from 0.
    expect(link.pulls.map((p) => p.cursor).every((c) => c > 0)).toBe(true);
    const total = MANY + 1;
    expect(lead.db.prepare('SELECT count(*) AS n FROM complaints').get()).toEqual({ n: total });
    expect(findComplaint(lead.db, handedToLead.id)).toEqual(findComplaint(agent.db, handedToLead.id));
    // Her own (assigned) complaint is applied, and announced, before the rest.
    expect(order[0]).toBe(handedToLead.id);
    const snapshotSteps = progress.filter((p) => p.phase === 'snapshot');
    expect(snapshotSteps.at(-1)).toEqual({ phase: 'snapshot', done: total, total });
    expect(snapshotSteps.length).toBeGreaterThanOrEqual(3);
    expect(snapshotSteps.map((p) => p.done)).toEqual([...snapshotSteps.map((p) => p.done)].sort((a, b) => a - b));
    expect(pullPosition(lead.db, 'L2001').cursor).toBe(link.pulls.at(-1)!.cursor);
    // Complaints from every part of the snapshot are found by their numbers.
    const numbers = (lead.db.prepare('SELECT number FROM complaints').all() as { number: string }[]).map((r) => r.number);
    // The desk's indexer catches up after the sync (here at once).
    drainSearchQueue(lead.db);
    const sample = numbers.filter((_, i) => i % Math.ceil(numbers.length / 40) === 0);
    for (const number of [...sample, numbers.at(-1)!, handedToLead.number]) {
      const found = valueOf<SearchResult>(await lead.dispatch('search.query', { text: number, filters: {} }));
      expect(found.items.map((i) => i.number)).toContain(number);
    }

    // A later round is an ordinary pull from the stored cursor.
    const later = recorded(net.transportOf('L2001'));
    await syncOnce(lead.ctx, L2001, later.transport);
    expect(later.snapshots()).toBe(0);
  }, 240_000);

  it('a snapshot broken mid-stream leaves the cursor at 0; the next round takes it again and ends equal', async () => {
    const agent = deskOf(A1001);
    for (let i = 0; i < 5; i++) await agent.dispatch('complaints.create', validIntake());
    await sync(agent, A1001);
    const lead = deskOf(L2001);
    const transport = net.transportOf('L2001');
    const broken: SyncTransport = {
      ...transport,
      snapshot: async (request) => {
        const lines: string[] = [];
        for await (const line of await transport.snapshot!(request)) lines.push(line);
        return lines.slice(0, 4);
      },
    };
    await expect(syncOnce(lead.ctx, L2001, broken)).rejects.toBeInstanceOf(SnapshotBroken);
    expect(pullPosition(lead.db, 'L2001').cursor).toBe(0);
    await sync(lead, L2001);
    const server = (await net.server.ctx.pool.query<{ n: string }>('SELECT count(*) AS n FROM sync_complaints')).rows[0]!;
    expect(lead.db.prepare('SELECT count(*) AS n FROM complaints').get()).toEqual({ n: Number(server.n) });
    expect(pullPosition(lead.db, 'L2001').cursor).toBeGreaterThan(0);
  }, 120_000);

  it('a desk starting over drops the complaints that left its person\'s view, keeps the rest', async () => {
    const agent = deskOf(A1001);
    const lead = deskOf(L2001);
    const moved = valueOf<Complaint>(await agent.dispatch('complaints.create', validIntake({ customerName: '转出客户' })));
    const kept = valueOf<Complaint>(await agent.dispatch('complaints.create', validIntake({ customerName: '留下客户' })));
    await sync(agent, A1001);
    await sync(lead, L2001);
    expect(findComplaint(lead.db, moved.id)).not.toBeNull();
    // The admin hands one to 何静 of 华南分公司: it leaves 李强's team.
    const admin = await net.server.signIn('M3001');
    const handOver = await net.server.call('POST', SYNC_ROUTES.push, {
      token: admin.accessToken,
      body: { clientId: admin.clientId, mutations: [mutationLog({ id: 'M3001', name: '陈静', role: 'admin' }).assign(moved.id, { id: 'A3001', name: '何静' })] },
    });
    expect(handOver.json()).toMatchObject({ lastMutationId: 1 });
    // 李强's desk comes back from a backup far ahead of the feed: it starts over.
    lead.db.prepare(`UPDATE sync_state SET value = ? WHERE key = 'cursor:L2001'`).run(String(pullPosition(lead.db, 'L2001').cursor + 10_000));
    const link = recorded(net.transportOf('L2001'));
    await syncOnce(lead.ctx, L2001, link.transport);
    expect(link.snapshots()).toBe(1);
    expect(findComplaint(lead.db, moved.id)).toBeNull();
    expect(findComplaint(lead.db, kept.id)).toEqual(findComplaint(agent.db, kept.id));
  }, 120_000);

  it("a lead's desk starting over keeps what another person pulling on the same desk took: their cursor would never bring it back", async () => {
    const lead = deskOf(L2001);
    // 何静 of 华南分公司 (another team) takes a complaint on her own desk; then works on 李强's desk too.
    const hers = deskOf(A3001);
    const theirs = valueOf<Complaint>(await hers.dispatch('complaints.create', validIntake({ customerName: '别队客户' })));
    await sync(hers, A3001);
    await syncOnce(lead.ctx, A3001, net.transportOf('A3001'));
    await sync(lead, L2001);
    expect(findComplaint(lead.db, theirs.id)).not.toBeNull();
    // 李强's desk comes back from a backup ahead of the feed: his snapshot does not hold her complaint (another team's).
    lead.db.prepare(`UPDATE sync_state SET value = ? WHERE key = 'cursor:L2001'`).run(String(pullPosition(lead.db, 'L2001').cursor + 10_000));
    const link = recorded(net.transportOf('L2001'));
    await syncOnce(lead.ctx, L2001, link.transport);
    expect(link.snapshots()).toBe(1);
    expect(findComplaint(lead.db, theirs.id)).toEqual(findComplaint(hers.db, theirs.id));
  }, 120_000);
});
