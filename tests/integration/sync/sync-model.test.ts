import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import type { PullRequest, PullResponse, PushRequest } from '../../../shared/sync/protocol';
import { syncOnce } from '../../../core/sync/sync-once';
import type { SyncTransport } from '../../../core/sync/transport';
import { pendingMutations } from '../../../db/repositories/outbox';
import { pullPosition } from '../../../db/repositories/server-state';
import { makeTestDesk, validIntake } from '../../support/desk';
import { inProcessTransport } from '../../support/sync-desks';
import { valueOf, type TestDesk } from '../../support/workflow-desk';
import { startTestServer, type TestServer } from '../server/support/test-server';

const PEOPLE: Actor[] = [
  { id: 'A1001', name: '王芳', role: 'agent' },
  { id: 'B2002', name: '赵敏', role: 'agent' },
  { id: 'A1003', name: '孙丽', role: 'agent' },
  { id: 'A2001', name: '吴磊', role: 'agent' },
  { id: 'L2001', name: '李强', role: 'lead' },
  { id: 'L2002', name: '周杰', role: 'lead' },
  { id: 'M3001', name: '陈静', role: 'admin' },
];

/** The demo organisation's teams (SYNC.md): whose complaints a lead sees. */
const TEAM_OF: Record<string, string> = { A1001: 'L2001', B2002: 'L2001', A1003: 'L2001', L2001: 'L2001', A2001: 'L2002', L2002: 'L2002' };

/** The model's visibility rule: an agent their own, a lead their team's, an admin all. */
function sees(person: Actor, ownerId: string): boolean {
  if (person.role === 'admin') return true;
  if (person.role === 'lead') return TEAM_OF[ownerId] === person.id;
  return ownerId === person.id;
}

const RUNS = process.env.COMPLAINT_DESK_SOAK ? 10_000 : Number(process.env.COMPLAINT_DESK_MODEL_RUNS ?? 10);

type Fate = 'ok' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'serverError' | 'delay' | 'reorder';
const FATES: Fate[] = ['ok', 'ok', 'ok', 'dropRequest', 'dropResponse', 'duplicate', 'serverError', 'delay', 'reorder'];

/** How often each failure was injected over all runs (printed at the end: a model test that injects nothing proves nothing). */
const STATS: Record<string, number> = {};

/** A crash during a round: at the n-th request, before the server sees it or after it committed. */
interface Kill {
  atCall: number;
  afterCommit: boolean;
  kill: () => void;
}

/** What the nemesis shares across desks: requests it held back, delivered later out of order. */
interface Network {
  late: (() => Promise<unknown>)[];
}

/**
 * The network between a desk and the server, failing as the seed says: lost before or after the server
 * commits, sent twice, late, held back and delivered after later requests (reorder), a 5xx — or the desk
 * dies with the request in flight.
 */
function nemesis(real: SyncTransport, random: () => number, network: Network, requestedCursors: number[], kill?: Kill): SyncTransport {
  let calls = 0;
  const count = (what: string) => void (STATS[what] = (STATS[what] ?? 0) + 1);
  const through = async <Q, A>(send: (q: Q) => Promise<A>, request: Q): Promise<A> => {
    calls += 1;
    if (kill && calls === kill.atCall) {
      if (kill.afterCommit) await send(request);
      kill.kill();
      count(kill.afterCommit ? 'killAfterCommit' : 'killBeforeSend');
      throw new Error('desk killed with the request in flight');
    }
    const fate = FATES[Math.floor(random() * FATES.length)]!;
    count(fate);
    if (fate === 'dropRequest') throw new Error('request lost');
    if (fate === 'serverError') throw new Error('503 from the proxy');
    if (fate === 'reorder') {
      network.late.push(() => send(request));
      throw new Error('request held back by the network');
    }
    if (fate === 'delay') await new Promise((r) => setTimeout(r, Math.floor(random() * 5)));
    const answer = await send(request);
    if (fate === 'dropResponse') throw new Error('response lost after commit');
    if (fate === 'duplicate') return send(request);
    return answer;
  };
  return {
    push: (request: PushRequest) => through((q) => real.push(q), request),
    pull: (request: PullRequest) => {
      requestedCursors.push(request.cursor);
      return through((q) => real.pull(q), request) as Promise<PullResponse>;
    },
  };
}

/** Held-back requests finally arrive, newest first; their answers go nowhere. */
async function deliverLate(network: Network): Promise<void> {
  const held = network.late.splice(0).reverse();
  for (const send of held) await send().catch(() => undefined);
}

type ActionKind = 'create' | 'note' | 'complexity' | 'sync' | 'syncAll' | 'offline' | 'kill' | 'late';
type Action = { kind: ActionKind; desk: number; pick: number };

interface DeskSlot {
  person: Actor;
  desk: TestDesk;
  /** Removes the desk's directory at the end (the first desk made it; restarts reuse it). */
  cleanup: () => void;
  offline: boolean;
  storedCursors: number[];
  requestedCursors: number[];
}

describe('model: desks, a nemesis network and the real server (PostgreSQL)', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const NOW = new Date('2026-11-26T02:00:00.000Z');

  beforeAll(async () => {
    server = await startTestServer('postgres', { limits: { callsPerUser: { max: 10_000_000, windowSeconds: 60 } } });
    for (const p of PEOPLE) tokens[p.id] = (await server.signIn(p.id)).accessToken;
  });
  afterAll(async () => {
    console.info(`[sync-model] injected: ${JSON.stringify(STATS)}`);
    await server?.close();
  });

  const realTransport = (person: Actor) => inProcessTransport(server, () => tokens[person.id]!);

  /** Everything the server lets `person` see, pulled from the start with a fresh client id. */
  async function serverView(person: Actor): Promise<{ complaints: Map<string, Complaint>; events: Map<string, TimelineEvent[]> }> {
    const transport = realTransport(person);
    const complaints = new Map<string, Complaint>();
    const events = new Map<string, TimelineEvent[]>();
    let cursor = 0;
    for (;;) {
      const page = await transport.pull({ clientId: randomUUID(), cursor });
      for (const c of page.changes) {
        if (c.kind !== 'put') continue;
        complaints.set(c.complaint.id, c.complaint);
        events.set(c.complaint.id, c.events);
      }
      cursor = page.cursor;
      if (!page.hasMore) return { complaints, events };
    }
  }

  function deskView(desk: TestDesk): Map<string, Complaint> {
    const rows = desk.db.prepare('SELECT record FROM complaints').all() as { record: string }[];
    return new Map(rows.map((r) => [JSON.parse(r.record).id as string, JSON.parse(r.record) as Complaint]));
  }

  it(`after settling, every op id exists once, every desk equals the server's view equals the model, cursors never go back (${RUNS} runs)`, async () => {
    const kinds: ActionKind[] = ['create', 'create', 'note', 'note', 'complexity', 'sync', 'sync', 'syncAll', 'offline', 'kill', 'late'];
    const action = fc.record({ kind: fc.constantFrom(...kinds), desk: fc.nat(7), pick: fc.nat(1000) }) as fc.Arbitrary<Action>;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 8 }), fc.array(action, { minLength: 5, maxLength: 25 }), fc.integer(), async (deskCount, actions, seed) => {
        // Each run starts from an empty feed, as on a fresh server (the append-only audit stays: op ids are new each run).
        await server.ctx.pool.query('DELETE FROM sync_calls; DELETE FROM sync_events; DELETE FROM sync_removals; DELETE FROM sync_complaints; DELETE FROM sync_rejections');
        let state = seed >>> 0 || 1;
        const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
        const network: Network = { late: [] };
        const slots: DeskSlot[] = Array.from({ length: deskCount }, (_, i) => {
          const person = PEOPLE[i % PEOPLE.length]!;
          const desk = makeTestDesk({ agent: person, now: NOW });
          return { person, desk, cleanup: desk.close, offline: false, storedCursors: [], requestedCursors: [] };
        });
        // The model: who took each complaint, and every note written on it.
        const owners = new Map<string, string>();
        const notes = new Map<string, string[]>();
        const opIds = new Set<string>();
        let noteNo = 0;
        const observe = () => {
          for (const slot of slots) {
            pendingMutations(slot.desk.db, 100_000).forEach((m) => opIds.add(m.opId));
            slot.storedCursors.push(pullPosition(slot.desk.db, slot.person.id).cursor);
          }
        };
        /** The desk dies mid-round and starts again on the same file, with a fresh context. */
        const restart = (slot: DeskSlot) => {
          slot.desk.kill();
          slot.desk = makeTestDesk({ agent: slot.person, now: NOW, dir: slot.desk.dir });
        };
        const syncThrough = (slot: DeskSlot, kill?: Kill) =>
          syncOnce(slot.desk.ctx, slot.person, nemesis(realTransport(slot.person), random, network, slot.requestedCursors, kill)).catch(() => undefined);
        try {
          for (const a of actions) {
            const slot = slots[a.desk % deskCount]!;
            const mine = [...deskView(slot.desk).values()];
            const target = mine[a.pick % Math.max(1, mine.length)];
            if (a.kind === 'create') {
              const created = valueOf<Complaint>(await slot.desk.dispatch('complaints.create', validIntake()));
              owners.set(created.id, slot.person.id);
            } else if (a.kind === 'note' && target) {
              const text = `备注 ${++noteNo}`;
              valueOf(await slot.desk.dispatch('complaints.addNote', { id: target.id, text }));
              notes.set(target.id, [...(notes.get(target.id) ?? []), text]);
            } else if (a.kind === 'complexity' && target) {
              await slot.desk.dispatch('complaints.setComplexity', { id: target.id, complexity: a.pick % 2 ? 'complex' : 'standard' });
            } else if (a.kind === 'offline') slot.offline = !slot.offline;
            else if (a.kind === 'sync' && !slot.offline) await syncThrough(slot);
            else if (a.kind === 'syncAll') await Promise.all(slots.filter((s) => !s.offline).map((s) => syncThrough(s)));
            else if (a.kind === 'kill' && !slot.offline) {
              let killed = false;
              await syncThrough(slot, { atCall: 1 + (a.pick % 3), afterCommit: a.pick % 2 === 0, kill: () => void (killed = true) });
              if (killed) restart(slot);
            } else if (a.kind === 'late') await deliverLate(network);
            observe();
          }
          // Settle: held requests arrive, then every desk is back online on a clean network, twice round so each sees the others' work.
          await deliverLate(network);
          for (let round = 0; round < 2; round++) {
            for (const slot of slots) {
              slot.offline = false;
              await syncOnce(slot.desk.ctx, slot.person, nemesis(realTransport(slot.person), () => 0, network, slot.requestedCursors));
            }
          }
          observe();

          // Every op id once on the server: applied, or rejected with a rejection the desk can show.
          const audited = await server.ctx.pool.query<{ op_id: string; outcome: string; rejected: boolean }>(
            `SELECT a.op_id, a.outcome, EXISTS (SELECT 1 FROM sync_rejections r WHERE r.op_id = a.op_id) AS rejected FROM sync_audit a WHERE a.op_id = ANY($1)`,
            [[...opIds]],
          );
          expect(audited.rows.length).toBe(opIds.size);
          for (const row of audited.rows) expect(row.rejected).toBe(row.outcome === 'rejected');

          for (const slot of slots) {
            expect(pendingMutations(slot.desk.db)).toEqual([]);
            const server = await serverView(slot.person);
            const onDesk = deskView(slot.desk);
            expect(onDesk).toEqual(server.complaints);
            // The model: the complaints this person may see, with every note written on them, once each.
            const expectedIds = [...owners].filter(([, owner]) => sees(slot.person, owner)).map(([id]) => id);
            expect([...onDesk.keys()].sort()).toEqual(expectedIds.sort());
            for (const id of expectedIds) {
              const written = (server.events.get(id) ?? []).filter((e) => e.kind === 'note.added').map((e) => String(e.data.text));
              expect(written.sort()).toEqual([...(notes.get(id) ?? [])].sort());
            }
            expect(slot.storedCursors).toEqual([...slot.storedCursors].sort((x, y) => x - y));
            expect(slot.requestedCursors).toEqual([...slot.requestedCursors].sort((x, y) => x - y));
          }
        } finally {
          for (const slot of slots) {
            slot.desk.kill();
            slot.cleanup();
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
