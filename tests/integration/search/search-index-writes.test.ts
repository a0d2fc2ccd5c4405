import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCall } from '../../../db/repositories/calls';
import { indexComplaints } from '../../../db/repositories/search-index';
import { drainSearchQueue, searchQueueLength } from '../../../db/repositories/search-queue';
import type { SearchResult } from '../../../shared/api/search';
import type { Complaint } from '../../../shared/domain/complaint';
import { AGENT, makeTestDesk, validIntake } from '../../support/desk';
import { complaintAtStage, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';
import { LEAD } from '../../support/workflow';

let desk: TestDesk;
beforeEach(() => {
  desk = makeTestDesk();
});
afterEach(() => desk.close());

async function found(text: string, filters = {}): Promise<string[]> {
  return valueOf<SearchResult>(await desk.dispatch('search.query', { text, filters })).items.map((i) => i.id);
}

describe('every write of a complaint reaches search: queued in its transaction, indexed after', () => {
  it('follows every write: intake, stage texts, notes, withdrawal, linked calls', async () => {
    const c = await complaintAtStage(desk, 'analysis', { customerName: '欧阳娜娜', contactPhone: '139 1234 5678' });
    expect(await found('欧阳')).toEqual([c.id]);
    expect(await found('oynn')).toEqual([c.id]);
    expect(await found('5678')).toEqual([c.id]);
    expect(await found('安心驾车')).toEqual([c.id]); // the registration stage's product name

    await desk.dispatch('complaints.addNote', { id: c.id, text: '客户下午三点再来电核对' });
    expect(await found('核对')).toEqual([c.id]);

    desk.setNow(new Date('2026-11-26T02:00:00.000Z'));
    const withdrawn = valueOf<{ complaint: Complaint }>(
      await desk.dispatch('complaints.withdraw', { id: c.id, baseVersion: c.version, receivedAt: '2026-11-25T12:00:00+08:00', reason: '客户与家人商量后撤诉' }),
    ).complaint;
    expect(withdrawn.status).toBe('withdrawn');
    expect(await found('商量', { statuses: ['withdrawn'] })).toEqual([c.id]);
    expect(await found('商量', { statuses: ['open'] })).toEqual([]);

    insertCall(desk.db, { id: 'c-1', number: '021-6234 5678', numberKey: null, direction: 'in', agent: null, queue: null, source: 'http', startedAt: '2026-11-25T02:00:00.000Z' });
    expect(await found('62345678')).toEqual([]);
    valueOf(await desk.dispatch('calls.linkComplaint', { callId: 'c-1', complaintId: c.id }));
    expect(await found('62345678')).toEqual([c.id]);
  });

  it('commits the complaint with its place in the queue; an index write that fails leaves it queued and findable', async () => {
    desk.db.exec(`CREATE TRIGGER search_keys_fail BEFORE INSERT ON search_keys BEGIN SELECT RAISE(ABORT, 'index write failed'); END`);
    const c = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ customerName: '钱多多' })));
    expect(desk.db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(1);
    expect(searchQueueLength(desk.db)).toBe(1);
    expect(() => drainSearchQueue(desk.db)).toThrow(/index write failed/);
    expect(searchQueueLength(desk.db)).toBe(1);
    expect(desk.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(0);
    expect(await found('钱多多')).toEqual([c.id]);

    desk.db.exec('DROP TRIGGER search_keys_fail');
    expect(drainSearchQueue(desk.db)).toBe(1);
    expect(searchQueueLength(desk.db)).toBe(0);
    expect(await found('钱多多')).toEqual([c.id]);
  });

  it('leaves the index as it was when a stale change is refused', async () => {
    const c = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ customerName: '孙悟空' })));
    const stale = await desk.dispatch('complaints.withdraw', { id: c.id, baseVersion: c.version + 5, receivedAt: '2026-11-25T12:00:00+08:00', reason: '花果山来电撤诉' });
    expect(stale.ok).toBe(false);
    expect(await found('花果山')).toEqual([]);
    expect(await found('孙悟空')).toEqual([c.id]);
  });

  it('search.rebuild (leads and admins) repairs an index that disagrees with the rows', async () => {
    const a = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ customerName: '周星星' })));
    const b = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ customerName: '周润发' })));
    drainSearchQueue(desk.db);
    desk.db.exec('DELETE FROM search_fts; DELETE FROM search_keys;');
    expect(await found('周星')).toEqual([]);

    const asAgent = await desk.dispatch('search.rebuild', {});
    expect(asAgent).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    signInAs(desk, LEAD);
    const progress: number[] = [];
    desk.ctx.events.subscribe((name, payload) => {
      if (name === 'search.indexProgress') progress.push((payload as { done: number }).done);
    });
    expect(valueOf<{ complaints: number }>(await desk.dispatch('search.rebuild', {})).complaints).toBe(2);
    expect(progress.at(-1)).toBe(2);
    expect(await found('周星')).toEqual([a.id]);
    expect((await found('zhou')).sort()).toEqual([a.id, b.id].sort());
  });

  it('refuses bad input with a reason, and the assignee filter to agents naming someone else', async () => {
    expect(await desk.dispatch('search.query', { text: '理赔', filters: { receivedFrom: '2026-13-40' } })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await desk.dispatch('search.query', { text: '理赔', filters: { receivedFrom: '2026-11-30', receivedTo: '2026-11-01' } })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'validation.search.dateRangeReversed' }] },
    });
    expect(await desk.dispatch('search.query', { text: '理赔', filters: { sortBy: 'x' } })).toMatchObject({ ok: false });
    expect(await desk.dispatch('search.query', { text: '理赔', filters: { assigneeId: 'A2002' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'search.errors.assigneeLeadsOnly' },
    });
    expect((await desk.dispatch('search.query', { text: '理赔', filters: { assigneeId: AGENT.id } })).ok).toBe(true);
    expect(valueOf<SearchResult>(await desk.dispatch('search.query', { text: '理' }))).toMatchObject({ outcome: 'tooShort', items: [] });
    expect(valueOf<SearchResult>(await desk.dispatch('search.query', { text: '  ' }))).toMatchObject({ outcome: 'empty' });
  });
});

describe('indexComplaints, the index writer the queue is drained with', () => {
  it('new entries, replaced entries and the entry of a complaint gone', async () => {
    const kept = await complaintAtStage(desk, 'analysis', { customerName: '欧阳娜娜' });
    await desk.dispatch('complaints.addNote', { id: kept.id, text: '客户要求寄回乾坤袋原件' });
    const renamed = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ customerName: '孙悟空' })));
    const gone = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ customerName: '猪八戒' })));
    drainSearchQueue(desk.db);
    // Rows changed underneath the index, as a pull page writes them before they are indexed.
    desk.db.exec('DELETE FROM search_keys; DELETE FROM search_fts; DELETE FROM search_docs;');
    indexComplaints(desk.db, [kept.id, renamed.id]);
    expect(await found('乾坤袋')).toEqual([kept.id]);
    expect(await found('孙悟空')).toEqual([renamed.id]);
    expect(await found('猪八戒')).toEqual([]);

    desk.db.prepare(`UPDATE complaints SET record = json_set(record, '$.intake.customerName', '唐三藏') WHERE id = ?`).run(renamed.id);
    indexComplaints(desk.db, [renamed.id, gone.id, 'no-such-complaint']);
    expect(await found('唐三藏')).toEqual([renamed.id]);
    expect(await found('孙悟空')).toEqual([]);
    expect(await found('猪八戒')).toEqual([gone.id]);
    expect(await found('欧阳')).toEqual([kept.id]);
    expect(desk.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(3);
  });
});
