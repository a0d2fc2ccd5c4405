import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inComplaintTransaction } from '../../../db/complaint-transaction';
import { appendEvents } from '../../../db/repositories/complaint-events';
import { insertComplaint, updateComplaint } from '../../../db/repositories/complaints';
import { drainSearchQueue, enqueueForIndexing, searchQueueLength } from '../../../db/repositories/search-queue';
import { QUEUE_SCAN_LIMIT } from '../../../db/repositories/search-queue-scan';
import type { SearchFilters, SearchResult } from '../../../shared/api/search';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import { namePinyin } from '../../../shared/domain/search/name-pinyin';
import { phoneDigitForms } from '../../../shared/domain/search/phone-keys';
import { NOTE_EVENT_KIND } from '../../../shared/domain/workflow/notes';
import { makeTestDesk } from '../../support/desk';
import { generateComplaint, seededRandom } from '../../support/search-corpus';
import { seedCorpus } from '../../support/search-seed';
import { valueOf } from '../../support/workflow-desk';

const INDEXED = 2000;
const CHANGED = 400;
const ADDED = 400;
const LEAD: Actor = { id: 'L3003', name: '赵强', role: 'lead' };
const AGENT: Actor = { id: 'A2002', name: '李娜', role: 'agent' };

let desk: ReturnType<typeof makeTestDesk>;
/** Every complaint as it was indexed and as it is now, to draw queries from both. */
let texts: Complaint[];

/**
 * An indexed corpus, then changes the indexer has not reached: complaints rewritten (another name,
 * phone, text, status, stage and handler), notes added, new complaints, and a queued id that is gone.
 */
beforeAll(() => {
  desk = makeTestDesk({ agent: LEAD });
  const indexed = seedCorpus(desk.db, INDEXED);
  const rng = seededRandom(71);
  const changed: Complaint[] = [];
  const added: Complaint[] = [];
  inComplaintTransaction(desk.db, (tx) => {
    for (let i = 0; i < CHANGED; i++) {
      const before = indexed[Math.floor(rng() * indexed.length)]!;
      if (changed.some((c) => c.id === before.id)) continue;
      const fresh = generateComplaint(rng, INDEXED + i);
      const after: Complaint = { ...fresh, id: before.id, number: before.number, version: before.version + 1 };
      expect(updateComplaint(tx, after, before.version)).toBe(true);
      changed.push(after);
      if (i % 5 === 0) {
        appendEvents(tx, [{ id: `queued-note-${i}`, complaintId: after.id, at: after.createdAt, actor: after.createdBy, kind: NOTE_EVENT_KIND, changes: [], data: { text: `排队中补充备注${i % 7}号乾坤袋` } }]);
      }
    }
    for (let i = 0; i < ADDED; i++) {
      const c = generateComplaint(rng, INDEXED + CHANGED + i);
      insertComplaint(tx, i % 3 === 0 ? { ...c, createdBy: { id: 'A2002', name: '李娜' } } : c);
      added.push(c);
    }
    // Queued in an order that mixes changed and new complaints, as a day's work does.
    const order = [...changed, ...added].sort(() => rng() - 0.5).map((c) => c.id);
    enqueueForIndexing(tx, [...order.slice(0, 300), 'a-complaint-gone', ...order.slice(300)]);
  });
  texts = [...indexed, ...changed, ...added];
}, 120_000);
afterAll(() => desk.close());

interface Query {
  text: string;
  filters?: SearchFilters;
  reader?: Actor;
  limit?: number;
}

function queries(): Query[] {
  const rng = seededRandom(5);
  const any = () => texts[Math.floor(rng() * texts.length)]!;
  const slice = (s: string, n: number) => {
    const chars = Array.from(s);
    const at = Math.floor(rng() * Math.max(1, chars.length - n));
    return chars.slice(at, at + n).join('');
  };
  const out: Query[] = [];
  for (let i = 0; i < 60; i++) out.push({ text: slice(any().intake.description, 2 + (i % 3)) });
  for (let i = 0; i < 30; i++) out.push({ text: any().intake.customerName });
  for (let i = 0; i < 20; i++) out.push({ text: namePinyin(any().intake.customerName)[i % 2 ? 'full' : 'initials'] });
  for (let i = 0; i < 30; i++) out.push({ text: phoneDigitForms(any().intake.contactPhone).at(-1)!.slice(i % 2 ? -4 : 0) });
  for (let i = 0; i < 20; i++) out.push({ text: i % 2 ? any().number : any().number.slice(-8).toLowerCase() });
  for (let i = 0; i < 10; i++) out.push({ text: any().intake.policyNumber || '保单' });
  out.push({ text: '乾坤袋' }, { text: '理赔' }, { text: '退保' }, { text: '补充备注' }, { text: '无此内容xyz' });
  const filters: SearchFilters[] = [{ statuses: ['closed'] }, { statuses: ['open'] }, { stage: 'analysis' }, { assigneeId: 'A2002' }, { receivedFrom: '2024-01-03', receivedTo: '2024-01-08' }];
  for (let i = 0; i < 30; i++) out.push({ text: i % 2 ? '理赔' : slice(any().intake.description, 2), filters: filters[i % filters.length] });
  for (let i = 0; i < 30; i++) out.push({ text: i % 3 ? slice(any().intake.description, 2) : any().intake.customerName, reader: AGENT });
  return out.map((q, i) => ({ ...q, limit: [50, 5, 200][i % 3] }));
}

async function answer(q: Query): Promise<Pick<SearchResult, 'items' | 'total' | 'capped' | 'unindexed'>> {
  desk.ctx.settings.set('signedInAgent', q.reader ?? LEAD);
  const result = valueOf<SearchResult>(await desk.dispatch('search.query', { text: q.text, filters: q.filters ?? {}, limit: q.limit }));
  return { items: result.items, total: result.total, capped: result.capped, unindexed: result.unindexed };
}

describe('search while the index queue is not empty', () => {
  it('answers every query exactly as after the queue is drained: the same complaints, tiers, order, highlights and total', async () => {
    expect(searchQueueLength(desk.db)).toBeGreaterThan(CHANGED);
    expect(searchQueueLength(desk.db)).toBeLessThanOrEqual(QUEUE_SCAN_LIMIT);
    const all = queries();
    const before = [];
    for (const q of all) before.push(await answer(q));

    expect(drainSearchQueue(desk.db, 97)).toBeGreaterThan(CHANGED);
    expect(searchQueueLength(desk.db)).toBe(0);
    let nonEmpty = 0;
    for (const [i, q] of all.entries()) {
      const after = await answer(q);
      if (after.items.length > 0) nonEmpty++;
      expect(before[i], `query ${JSON.stringify(q)}`).toEqual(after);
    }
    expect(nonEmpty).toBeGreaterThan(all.length * 0.8);
  }, 180_000);
});
