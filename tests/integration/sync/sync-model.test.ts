import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import type { PullResponse } from '../../../shared/sync/protocol';
import { syncOnce } from '../../../core/sync/sync-once';
import type { SyncTransport } from '../../../core/sync/transport';
import { pendingMutations } from '../../../db/repositories/outbox';
import { makeTestDesk, validIntake } from '../../support/desk';
import { inProcessTransport } from '../../support/sync-desks';
import type { TestDesk } from '../../support/workflow-desk';
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

const RUNS = process.env.COMPLAINT_DESK_SOAK ? 10_000 : 12;

type Fate = 'ok' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'serverError' | 'delay';
const FATES: Fate[] = ['ok', 'ok', 'ok', 'dropRequest', 'dropResponse', 'duplicate', 'serverError', 'delay'];

/** The network between a desk and the server, failing as the seed says: before or after the server commits, twice, late, or with a 5xx. */
function nemesis(real: SyncTransport, random: () => number, cursors: number[]): SyncTransport {
  const through = async <Q, A>(send: (q: Q) => Promise<A>, request: Q): Promise<A> => {
    const fate = FATES[Math.floor(random() * FATES.length)]!;
    if (fate === 'dropRequest') throw new Error('request lost');
    if (fate === 'serverError') throw new Error('503 from the proxy');
    if (fate === 'delay') await new Promise((r) => setTimeout(r, Math.floor(random() * 5)));
    const answer = await send(request);
    if (fate === 'dropResponse') throw new Error('response lost after commit');
    if (fate === 'duplicate') return send(request);
    return answer;
  };
  return {
    push: (request) => through((q) => real.push(q), request),
    pull: async (request) => {
      const page = (await through((q) => real.pull(q), request)) as PullResponse;
      cursors.push(page.cursor);
      return page;
    },
  };
}

type Action = { kind: 'create' | 'note' | 'complexity' | 'sync' | 'offline'; desk: number; pick: number };

describe('model: desks, a nemesis network and the real server (PostgreSQL)', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer('postgres', { limits: { callsPerUser: { max: 10_000_000, windowSeconds: 60 } } });
    for (const p of PEOPLE) tokens[p.id] = (await server.signIn(p.id)).accessToken;
  });
  afterAll(() => server?.close());

  /** Everything the server lets `person` see, pulled from the start with a fresh client id. */
  async function serverView(person: Actor): Promise<Map<string, Complaint>> {
    const transport = inProcessTransport(server, () => tokens[person.id]!);
    const view = new Map<string, Complaint>();
    let cursor = 0;
    for (;;) {
      const page = await transport.pull({ clientId: randomUUID(), cursor });
      for (const c of page.changes) if (c.kind === 'put') view.set(c.complaint.id, c.complaint);
      cursor = page.cursor;
      if (!page.hasMore) return view;
    }
  }

  function deskView(desk: TestDesk): Map<string, Complaint> {
    const rows = desk.db.prepare('SELECT record FROM complaints').all() as { record: string }[];
    return new Map(rows.map((r) => [JSON.parse(r.record).id as string, JSON.parse(r.record) as Complaint]));
  }

  it(`after settling, every op id exists once, every desk equals the server's view, cursors never go back (${RUNS} runs)`, async () => {
    const action = fc.record({ kind: fc.constantFrom('create', 'note', 'complexity', 'sync', 'sync', 'offline'), desk: fc.nat(7), pick: fc.nat(1000) }) as fc.Arbitrary<Action>;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 8 }), fc.array(action, { minLength: 5, maxLength: 25 }), fc.integer(), async (deskCount, actions, seed) => {
        let state = seed >>> 0 || 1;
        const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
        const people = Array.from({ length: deskCount }, (_, i) => PEOPLE[i % PEOPLE.length]!);
        const desks = people.map((person) => makeTestDesk({ agent: person, now: new Date('2026-11-26T02:00:00.000Z') }));
        const cursors = people.map(() => [] as number[]);
        const offline = people.map(() => false);
        const opIds = new Set<string>();
        const record = (desk: TestDesk) => pendingMutations(desk.db, 100_000).forEach((m) => opIds.add(m.opId));
        try {
          for (const a of actions) {
            const i = a.desk % deskCount;
            const desk = desks[i]!;
            const mine = [...deskView(desk).values()];
            const target = mine[a.pick % Math.max(1, mine.length)];
            if (a.kind === 'create') await desk.dispatch('complaints.create', validIntake());
            else if (a.kind === 'note' && target) await desk.dispatch('complaints.addNote', { id: target.id, text: `备注 ${a.pick}` });
            else if (a.kind === 'complexity' && target) await desk.dispatch('complaints.setComplexity', { id: target.id, complexity: a.pick % 2 ? 'complex' : 'standard' });
            else if (a.kind === 'offline') offline[i] = !offline[i];
            else if (a.kind === 'sync' && !offline[i]) {
              const transport = nemesis(inProcessTransport(server, () => tokens[people[i]!.id]!), random, cursors[i]!);
              await syncOnce(desk.ctx, people[i]!, transport).catch(() => undefined);
            }
            record(desk);
          }
          // Settle: every desk back online on a clean network, twice round so each sees the others' work.
          for (let round = 0; round < 2; round++) {
            for (let i = 0; i < deskCount; i++) {
              const clean = nemesis(inProcessTransport(server, () => tokens[people[i]!.id]!), () => 0, cursors[i]!);
              await syncOnce(desks[i]!.ctx, people[i]!, clean);
            }
          }
          const audited = await server.ctx.pool.query<{ op_id: string }>('SELECT op_id FROM sync_audit WHERE op_id = ANY($1)', [[...opIds]]);
          expect(audited.rows.length).toBe(opIds.size);
          for (let i = 0; i < deskCount; i++) {
            expect(pendingMutations(desks[i]!.db)).toEqual([]);
            const expected = await serverView(people[i]!);
            expect(deskView(desks[i]!)).toEqual(expected);
            expect(cursors[i]).toEqual([...cursors[i]!].sort((x, y) => x - y));
          }
        } finally {
          for (const desk of desks) desk.close();
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
