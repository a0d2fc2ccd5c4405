import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSearchSource } from '../../../db/repositories/search-index';
import { searchIndex } from '../../../db/repositories/search-query';
import { SEARCH_TOTAL_CAP, type SearchFilters, type SearchResult } from '../../../shared/api/search';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import { complaintReadScope, mayAccessComplaint } from '../../../shared/domain/complaint-access';
import { namePinyin } from '../../../shared/domain/search/name-pinyin';
import { phoneDigitForms } from '../../../shared/domain/search/phone-keys';
import { parseSearchQuery } from '../../../shared/domain/search/query';
import { compareRanked, documentMatches, tierOf, type SearchTier } from '../../../shared/domain/search/rank';
import { buildSearchDocument, type SearchDocument } from '../../../shared/domain/search/search-document';
import { makeTestDesk } from '../../support/desk';
import { seededRandom } from '../../support/search-corpus';
import { seedCorpus } from '../../support/search-seed';
import { valueOf } from '../../support/workflow-desk';

const CORPUS_SIZE = 3000;
const LEAD: Actor = { id: 'L3003', name: '赵强', role: 'lead' };
/** An agent finds only the complaints they took or handle (the corpus has both, apart). */
const AGENT: Actor = { id: 'A2002', name: '李娜', role: 'agent' };

interface Row {
  complaint: Complaint;
  doc: SearchDocument;
  order: number;
}

let desk: ReturnType<typeof makeTestDesk>;
let rows: Row[];

beforeAll(() => {
  desk = makeTestDesk({ agent: LEAD });
  const complaints = seedCorpus(desk.db, CORPUS_SIZE);
  const order = new Map(desk.db.prepare('SELECT complaint_id, doc FROM search_docs').raw().all() as [string, number][]);
  rows = complaints.map((complaint) => ({
    complaint,
    doc: buildSearchDocument(loadSearchSource(desk.db, complaint.id)!),
    order: order.get(complaint.id)!,
  }));
}, 120_000);
afterAll(() => desk.close());

function passes(c: Complaint, f: SearchFilters): boolean {
  const day = c.receivedAt.slice(0, 10);
  return (
    (!f.statuses || f.statuses.includes(c.status)) &&
    (!f.complaintType || c.intake.complaintType === f.complaintType) &&
    (!f.stage || c.stage === f.stage) &&
    (!f.receivedFrom || day >= f.receivedFrom) &&
    (!f.receivedTo || day <= f.receivedTo) &&
    (!f.assigneeId || c.assignee?.id === f.assigneeId)
  );
}

/** The brute-force answer: every row scanned, matched by substring, ranked by the pure rule. */
function scan(text: string, filters: SearchFilters = {}, reader: Actor = LEAD): { id: string; tier: SearchTier }[] {
  const query = parseSearchQuery(text);
  return rows
    .filter((r) => mayAccessComplaint(r.complaint, reader) && passes(r.complaint, filters) && documentMatches(r.doc, query))
    .map((r) => ({ id: r.complaint.id, tier: tierOf(r.doc, query), order: r.order }))
    .sort(compareRanked)
    .map(({ id, tier }) => ({ id, tier }));
}

function indexed(text: string, filters: SearchFilters = {}, reader: Actor = LEAD, limit = 1_000_000, cap = 1_000_000): { id: string; tier: SearchTier }[] {
  return indexedPage(text, filters, reader, limit, cap).hits;
}

function indexedPage(text: string, filters: SearchFilters, reader: Actor, limit: number, cap: number): { hits: { id: string; tier: SearchTier }[]; total: number } {
  const terms = parseSearchQuery(text).terms;
  if (terms.length === 0) return { hits: [], total: 0 };
  const page = searchIndex(desk.db, terms, filters, complaintReadScope(reader), limit, cap);
  return { hits: page.hits.map((h) => ({ id: h.complaintId, tier: h.tier })), total: page.total };
}

interface Query {
  text: string;
  filters?: SearchFilters;
  reader?: Actor;
}

/** Hundreds of queries drawn from the corpus the way agents type them, plus some that match nothing. */
function queries(): Query[] {
  const rng = seededRandom(99);
  const any = () => rows[Math.floor(rng() * rows.length)]!.complaint;
  const slice = (s: string, n: number) => {
    const chars = Array.from(s);
    const at = Math.floor(rng() * Math.max(1, chars.length - n));
    return chars.slice(at, at + n).join('');
  };
  const out: Query[] = [];
  for (let i = 0; i < 150; i++) out.push({ text: slice(any().intake.description, 2 + (i % 3)) });
  for (let i = 0; i < 40; i++) out.push({ text: any().intake.customerName });
  for (let i = 0; i < 20; i++) out.push({ text: Array.from(any().intake.customerName).slice(0, 2).join('') });
  for (let i = 0; i < 40; i++) {
    const p = namePinyin(any().intake.customerName);
    out.push({ text: i % 2 ? p.full : p.initials });
  }
  for (let i = 0; i < 60; i++) {
    const forms = phoneDigitForms(any().intake.contactPhone);
    const national = forms.at(-1)!;
    out.push({ text: i % 3 === 0 ? national : i % 3 === 1 ? national.slice(-4) : `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}` });
  }
  for (let i = 0; i < 30; i++) {
    const policy = any().intake.policyNumber || 'P2020-000000';
    out.push({ text: i % 2 ? policy : slice(policy, 6) });
  }
  for (let i = 0; i < 30; i++) {
    const number = any().number;
    out.push({ text: i % 2 ? number : number.slice(-8).toLowerCase() });
  }
  for (let i = 0; i < 30; i++) {
    const c = any();
    out.push({ text: `${c.intake.customerName} ${phoneDigitForms(c.intake.contactPhone).at(-1)!.slice(-4)}` });
  }
  for (let i = 0; i < 20; i++) out.push({ text: `${slice(any().intake.description, 2)}${slice(any().intake.description, 2)}` });
  out.push({ text: '理赔' }, { text: '退保' }, { text: '核查理赔' }, { text: '撤回投诉' }, { text: '保单' }, { text: '无此内容xyz' });
  const filters: SearchFilters[] = [
    { statuses: ['closed'] },
    { statuses: ['withdrawn', 'closed'] },
    { complaintType: 'claims_dispute' },
    { stage: 'analysis' },
    { receivedFrom: '2024-01-03', receivedTo: '2024-01-08' },
    { assigneeId: 'A2002', statuses: ['open'] },
  ];
  for (let i = 0; i < 48; i++) out.push({ text: i % 2 ? '理赔' : slice(any().intake.description, 2), filters: filters[i % filters.length] });
  const agents = rows.filter((r) => mayAccessComplaint(r.complaint, AGENT));
  for (let i = 0; i < 40; i++) {
    const c = agents[Math.floor(rng() * agents.length)]!.complaint;
    const text = [c.intake.customerName, slice(c.intake.description, 2), phoneDigitForms(c.intake.contactPhone).at(-1)!.slice(-4), c.number][i % 4]!;
    out.push({ text, reader: AGENT, ...(i % 5 === 0 ? { filters: { statuses: ['open'] } } : {}) });
  }
  return out;
}

describe('search on a generated corpus equals a brute-force scan of the same rows', () => {
  it('finds exactly the scanned complaints, in the ranked order, for hundreds of queries', () => {
    const all = queries();
    expect(all.length).toBeGreaterThanOrEqual(400);
    let nonEmpty = 0;
    for (const q of all) {
      const expected = scan(q.text, q.filters, q.reader);
      if (expected.length > 0) nonEmpty++;
      expect(indexed(q.text, q.filters, q.reader), `query ${JSON.stringify(q)}`).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(all.length * 0.9);
  }, 180_000);

  it('gives the same first page and capped total when the page and the cap are small', () => {
    // Small numbers make the index stop early (a total over the cap, a name tier that fills the page).
    for (const [limit, cap] of [[10, 3], [5, 20], [50, 1000]] as const) {
      for (const q of queries()) {
        const expected = scan(q.text, q.filters, q.reader);
        const page = indexedPage(q.text, q.filters ?? {}, q.reader ?? LEAD, limit, cap);
        expect(page.hits, `query ${JSON.stringify(q)} limit ${limit}`).toEqual(expected.slice(0, limit));
        expect(page.total, `query ${JSON.stringify(q)} cap ${cap}`).toBe(Math.min(expected.length, cap + 1));
      }
    }
  }, 180_000);

  it('finds at least every row whose description contains a Chinese term by LIKE', () => {
    for (const term of ['理赔', '退保', '手续费', '监管部门']) {
      const like = desk.db.prepare(`SELECT id FROM complaints WHERE json_extract(record, '$.intake.description') LIKE ?`).pluck().all(`%${term}%`) as string[];
      const found = new Set(indexed(term).map((h) => h.id));
      expect(like.length).toBeGreaterThan(0);
      expect(like.filter((id) => !found.has(id))).toEqual([]);
    }
  });

  it('pages the first 50 in ranked order with the total capped, through search.query', async () => {
    for (const text of ['理赔', '客户', rows[5]!.complaint.intake.customerName, rows[9]!.complaint.number]) {
      const expected = scan(text);
      const result = valueOf<SearchResult>(await desk.dispatch('search.query', { text }));
      expect(result.items.map((i) => i.id)).toEqual(expected.slice(0, 50).map((e) => e.id));
      expect(result.total).toBe(Math.min(expected.length, SEARCH_TOTAL_CAP));
      expect(result.capped).toBe(expected.length > SEARCH_TOTAL_CAP);
      expect(result.items.every((i) => i.matches.some((m) => m.segments.some((s) => s.hit)))).toBe(true);
    }
  });

  it('puts the complaint whose phone ends in the digits first, then names, then text', async () => {
    const target = rows[42]!.complaint;
    const last4 = phoneDigitForms(target.intake.contactPhone).at(-1)!.slice(-4);
    const result = valueOf<SearchResult>(await desk.dispatch('search.query', { text: last4 }));
    expect(result.items[0]?.tier).toBe('identifier');
    expect(result.items.filter((i) => i.tier === 'identifier').map((i) => i.id)).toContain(target.id);
    const tiers = result.items.map((i) => ['identifier', 'name', 'text'].indexOf(i.tier));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('answers an agent through search.query with only the complaints they took or handle, counted as such', async () => {
    desk.ctx.settings.set('signedInAgent', AGENT);
    try {
      const expected = scan('理赔', {}, AGENT);
      const everyone = scan('理赔');
      expect(expected.length).toBeLessThan(everyone.length);
      expect(rows.some((r) => r.complaint.createdBy.id === AGENT.id && r.complaint.assignee?.id !== AGENT.id)).toBe(true);
      const result = valueOf<SearchResult>(await desk.dispatch('search.query', { text: '理赔' }));
      expect(result.items.map((i) => i.id)).toEqual(expected.slice(0, 50).map((e) => e.id));
      expect(result.total).toBe(Math.min(expected.length, SEARCH_TOTAL_CAP));
      // Another person's complaint is not found even by its exact number.
      const other = rows.find((r) => !mayAccessComplaint(r.complaint, AGENT))!.complaint;
      const byNumber = valueOf<SearchResult>(await desk.dispatch('search.query', { text: other.number }));
      expect(byNumber.items.map((i) => i.id)).not.toContain(other.id);
    } finally {
      desk.ctx.settings.set('signedInAgent', LEAD);
    }
  });
});
