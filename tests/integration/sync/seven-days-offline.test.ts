import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/api/search';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import { syncOnce } from '../../../core/sync/sync-once';
import { countPending } from '../../../db/repositories/outbox';
import { makeTestDesk, validIntake } from '../../support/desk';
import { inProcessTransport } from '../../support/sync-desks';
import { valueOf, type TestDesk } from '../../support/workflow-desk';
import { startTestServer, type TestServer } from '../server/support/test-server';

const A1001: Actor = { id: 'A1001', name: '王芳', role: 'agent' };
const B2002: Actor = { id: 'B2002', name: '赵敏', role: 'agent' };
const A1003: Actor = { id: 'A1003', name: '孙丽', role: 'agent' };
const L2001: Actor = { id: 'L2001', name: '李强', role: 'lead' };
const M3001: Actor = { id: 'M3001', name: '陈静', role: 'admin' };

/** Mutations each agent's desk makes while the branch is offline. */
const PER_DESK = Number(process.env.SEVEN_DAYS_MUTATIONS ?? 1_050);
const DAY = 24 * 3600 * 1000;
const START = new Date('2026-11-26T01:00:00.000Z');
const SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '慕容', '令狐'];

interface Desk {
  person: Actor;
  desk: TestDesk;
}

describe('a branch offline for seven days reconnects (real server, PostgreSQL)', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const desks: Desk[] = [];

  beforeAll(async () => {
    server = await startTestServer('postgres', { limits: { callsPerUser: { max: 10_000_000, windowSeconds: 60 } } });
    for (const p of [A1001, B2002, A1003, L2001, M3001]) tokens[p.id] = (await server.signIn(p.id)).accessToken;
  });
  afterAll(async () => {
    for (const d of desks) d.desk.close();
    await server?.close();
  });

  const deskOf = (person: Actor): Desk => {
    const d = { person, desk: makeTestDesk({ agent: person, now: START }) };
    desks.push(d);
    return d;
  };
  const sync = (d: Desk) => syncOnce(d.desk.ctx, d.person, inProcessTransport(server, () => tokens[d.person.id]!));
  const complaintsOn = (d: Desk) =>
    new Map((d.desk.db.prepare('SELECT record FROM complaints').all() as { record: string }[]).map((r) => [JSON.parse(r.record).id as string, JSON.parse(r.record) as Complaint]));

  /** What the server lets `person` see, pulled from the start with a fresh client id. */
  async function serverView(person: Actor): Promise<Map<string, { complaint: Complaint; events: TimelineEvent[] }>> {
    const transport = inProcessTransport(server, () => tokens[person.id]!);
    const view = new Map<string, { complaint: Complaint; events: TimelineEvent[] }>();
    for (let cursor = 0; ; ) {
      const page = await transport.pull({ clientId: randomUUID(), cursor });
      for (const c of page.changes) if (c.kind === 'put') view.set(c.complaint.id, { complaint: c.complaint, events: c.events });
      cursor = page.cursor;
      if (!page.hasMore) return view;
    }
  }

  it(`three agents' desks with ${PER_DESK} pending mutations each, a second desk of one agent, the lead's and the admin's drain in random order and read alike`, async () => {
    let seed = 20261126;
    const pick = (n: number) => Math.floor(((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32) * n);
    const agents = [deskOf(A1001), deskOf(B2002), deskOf(A1003)];
    const secondA1001 = deskOf(A1001);
    const lead = deskOf(L2001);
    const admin = deskOf(M3001);

    // Day 0, online: a few complaints each, seen by everyone who may.
    for (const d of agents) for (let i = 0; i < 3; i++) valueOf(await d.desk.dispatch('complaints.create', validIntake({ customerName: `${SURNAMES[i]}${d.person.name}` })));
    for (const d of desks) await sync(d);
    for (const d of desks) await sync(d);

    // Seven days offline: intake, notes and complexity on every desk, each on its own clock.
    let written = 0;
    for (let day = 0; day < 7; day++) {
      for (const [k, d] of [...agents, secondA1001, lead].entries()) {
        const todays = d.person.role === 'lead' || d === secondA1001 ? 20 : Math.ceil(PER_DESK / 7);
        for (let n = 0; n < todays; ) {
          // Each desk's clock runs a few seconds apart from the others', as on separate machines.
          d.desk.setNow(new Date(START.getTime() + day * DAY + n * 60_000 + k * 7_000));
          const mine = [...complaintsOn(d).keys()];
          const roll = pick(100);
          let result;
          if (roll < 20 || mine.length === 0) {
            const name = `${SURNAMES[pick(SURNAMES.length)]}${d.person.name}${day}${n}`;
            result = await d.desk.dispatch('complaints.create', validIntake({ customerName: name, contactPhone: `139${String(10_000_000 + pick(89_999_999)).slice(0, 8)}` }));
          } else if (roll < 85) {
            result = await d.desk.dispatch('complaints.addNote', { id: mine[pick(mine.length)]!, text: `第${day + 1}天 客户回访 ${d.person.id}-${n}` });
          } else {
            // Refused on the desk when the complexity is already set that way: not a mutation, try something else.
            result = await d.desk.dispatch('complaints.setComplexity', { id: mine[pick(mine.length)]!, complexity: pick(2) ? 'complex' : 'standard' });
          }
          if (result.ok) {
            n += 1;
            written += 1;
          }
        }
      }
    }
    for (const d of agents) expect(countPending(d.desk.db, d.person.id)).toBeGreaterThanOrEqual(1_000);
    expect(written).toBeGreaterThanOrEqual(3_000);

    // The link returns: desks reconnect in random order, then once more round so each sees what the later ones sent.
    const back = new Date(START.getTime() + 7 * DAY);
    for (const d of desks) d.desk.setNow(back);
    for (let round = 0; round < 2; round++) {
      const order = [...desks];
      for (let i = order.length - 1; i > 0; i--) {
        const j = pick(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const d of order) await sync(d);
    }

    for (const d of desks) expect(countPending(d.desk.db, d.person.id)).toBe(0);
    // Every desk holds exactly what the server lets its person see, with the same timeline.
    for (const d of desks) {
      const view = await serverView(d.person);
      const onDesk = complaintsOn(d);
      expect(onDesk).toEqual(new Map([...view].map(([id, v]) => [id, v.complaint])));
      for (const [id, v] of view) {
        const detail = valueOf<{ complaint: Complaint; timeline: TimelineEvent[] }>(await d.desk.dispatch('complaints.get', { id }));
        expect(detail.complaint).toEqual(v.complaint);
        expect(detail.timeline.map((e) => e.id).sort()).toEqual(v.events.map((e) => e.id).sort());
      }
    }
    // Desks that may see the same complaints read them alike: the two desks of one agent; the lead and the admin (one team here).
    const reads = async (d: Desk) => {
      const search = async (text: string) => {
        const found = valueOf<SearchResult>(await d.desk.dispatch('search.query', { text, filters: {}, limit: 200 }));
        // Past one page, which ties come first may follow each desk's row order: compare the count.
        return { total: found.total, capped: found.capped, items: found.total <= 200 ? [...found.items].sort((x, y) => x.id.localeCompare(y.id)) : null };
      };
      const ids = [...complaintsOn(d).keys()].sort();
      const details = await Promise.all(ids.map(async (id) => valueOf(await d.desk.dispatch('complaints.get', { id }))));
      return { ids, details, searches: await Promise.all([...SURNAMES, '客户回访', '第7天', '139'].map(search)) };
    };
    expect(await reads(secondA1001)).toEqual(await reads(agents[0]!));
    expect(await reads(admin)).toEqual(await reads(lead));
    expect((await reads(lead)).ids.length).toBeGreaterThan(3 * Math.ceil(PER_DESK / 7) * 7 * 0.1);
  }, 900_000);
});
