import { afterEach, describe, expect, it } from 'vitest';
import { drainSearchQueue, enqueueForIndexing, searchQueueLength } from '../../../db/repositories/search-queue';
import { LONG_QUEUE, nextBatchSize, startSearchIndexer, type SearchIndexer } from '../../../core/search-indexer';
import type { SearchResult } from '../../../shared/api/search';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeTestDesk, validIntake } from '../../support/desk';
import { makeTempDir } from '../../support/temp-dir';
import { seedCorpus } from '../../support/search-seed';
import { valueOf } from '../../support/workflow-desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function deskWithIndexer(options: Parameters<typeof makeTestDesk>[0] = {}) {
  const desk = makeTestDesk(options);
  const indexer: SearchIndexer = startSearchIndexer(desk.db, desk.ctx.events);
  desk.ctx.searchIndexer = indexer;
  cleanups.push(() => {
    indexer.stop();
    desk.close();
  });
  return desk;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits (the test's own timers let the indexer's batches run) until the queue is empty, for at most 30 s. */
async function drained(db: Parameters<typeof searchQueueLength>[0]): Promise<void> {
  for (let i = 0; i < 3000 && searchQueueLength(db) > 0; i++) await pause(10);
  expect(searchQueueLength(db)).toBe(0);
}
const indexedIds = (db: ReturnType<typeof makeTestDesk>['db']) => db.prepare('SELECT complaint_id FROM search_docs').pluck().all() as string[];

describe('the desk indexer drains the search index queue after the command', () => {
  it('queues a saved complaint in its transaction, finds it at once, and indexes it right after', async () => {
    const desk = deskWithIndexer();
    const c = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ customerName: '司马相如' })));
    expect(searchQueueLength(desk.db)).toBe(1);
    expect(indexedIds(desk.db)).toEqual([]);
    expect(valueOf<SearchResult>(await desk.dispatch('search.query', { text: '司马' })).items.map((i) => i.id)).toEqual([c.id]);
    await drained(desk.db);
    expect(indexedIds(desk.db)).toEqual([c.id]);
    expect(valueOf<SearchResult>(await desk.dispatch('search.query', { text: 'smxr' })).items.map((i) => i.id)).toEqual([c.id]);
  });

  it('queues nothing for a refused change', async () => {
    const desk = makeTestDesk();
    cleanups.push(() => desk.close());
    const c = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ customerName: '孙悟空' })));
    drainSearchQueue(desk.db);
    const stale = await desk.dispatch('complaints.withdraw', { id: c.id, baseVersion: c.version + 5, receivedAt: '2026-11-25T12:00:00+08:00', reason: '花果山来电撤诉' });
    expect(stale.ok).toBe(false);
    expect(searchQueueLength(desk.db)).toBe(0);
  });

  it('drains a long queue in batches between turns, reporting progress up to done = total', async () => {
    const desk = makeTestDesk();
    const ids = seedCorpus(desk.db, LONG_QUEUE + 300).map((c) => c.id);
    desk.db.exec('DELETE FROM search_keys; DELETE FROM search_fts; DELETE FROM search_docs;');
    enqueueForIndexing(desk.db, ids);
    const progress: { done: number; total: number }[] = [];
    desk.ctx.events.subscribe((name, payload) => {
      if (name === 'search.indexProgress') progress.push(payload as { done: number; total: number });
    });
    const indexer = startSearchIndexer(desk.db, desk.ctx.events);
    cleanups.push(() => {
      indexer.stop();
      desk.close();
    });
    await drained(desk.db);
    expect(indexedIds(desk.db).sort()).toEqual([...ids].sort());
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ done: ids.length, total: ids.length });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    // Queued in intake order, indexed in queue order: the index order is the intake order.
    const docs = desk.db.prepare('SELECT complaint_id FROM search_docs ORDER BY doc').pluck().all();
    expect(docs).toEqual(ids);
  });

  it('sizes batches toward the target time, within bounds', () => {
    expect(nextBatchSize(100, 30)).toBe(200);
    expect(nextBatchSize(100, 600)).toBe(50);
    expect(nextBatchSize(2000, 1)).toBe(2000);
    expect(nextBatchSize(10, 10_000)).toBe(10);
  });
});

describe('the queue is as durable as the change', () => {
  it('survives a kill: after reopening, the queued complaints are found, then indexed', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const first = makeTestDesk({ dir, key: TEST_DATABASE_KEY });
    const saved = valueOf<Complaint>(await first.dispatch('complaints.create', validIntake({ customerName: '诸葛孔明' })));
    first.kill();

    const again = deskWithIndexer({ dir, key: TEST_DATABASE_KEY });
    expect(searchQueueLength(again.db)).toBe(1);
    expect(valueOf<SearchResult>(await again.dispatch('search.query', { text: '诸葛' })).items.map((i) => i.id)).toEqual([saved.id]);
    await drained(again.db);
    expect(indexedIds(again.db)).toEqual([saved.id]);
    expect(valueOf<SearchResult>(await again.dispatch('search.query', { text: '孔明' })).items.map((i) => i.id)).toEqual([saved.id]);
  });
});
