import type { WritableDB } from '../db/handles';
import { drainSearchQueueBatch, searchQueueLength } from '../db/repositories/search-queue';
import type { EventBus } from './event-bus';
import { log } from './log';

/**
 * Complaints per indexing transaction, adjusted after each batch so one takes about BATCH_TARGET_MS: as
 * large as that allows (FTS5 writes each term's list once per transaction, so a complaint costs about half
 * as much in a batch of 1,000 as in one of 50), as small as keeps a command waiting behind it short.
 */
const FIRST_BATCH = 100;
const MIN_BATCH = 10;
const MAX_BATCH = 2000;
export const BATCH_TARGET_MS = 60;
/** From this many queued complaints on, the drain reports progress ('search.indexProgress'), which the top bar shows. */
export const LONG_QUEUE = 500;
/** A write that did not wake the indexer (a call linked) is indexed within this long. */
const IDLE_CHECK_MS = 1000;
/**
 * How long a wake waits before the first batch: the screens' own calls after a save (the refetched
 * queue, the complaint page) go first, and a burst of writes (a pull's pages, intakes one after the
 * other) is indexed in one batch rather than one transaction each. Search finds them meanwhile.
 */
export const WAKE_DELAY_MS = 50;

export interface SearchIndexer {
  /** Something was queued: drain soon (after the current command, between the next ones). */
  wake(): void;
  /** Stops draining; what is queued stays queued for the next start. */
  stop(): void;
}

/**
 * The desk's indexer: drains the search index queue in the same process — WAKE_DELAY_MS after a write,
 * then one batch per turn of the event loop (setImmediate) until the queue is empty — so commands and
 * screens run between batches and a command never waits for the index. Reports progress while a long
 * queue drains (a first sync, many pulled complaints).
 */
export function startSearchIndexer(db: WritableDB, events: EventBus): SearchIndexer {
  let scheduled: { kind: 'immediate'; handle: NodeJS.Immediate } | { kind: 'timer'; handle: NodeJS.Timeout } | null = null;
  let stopped = false;
  let run: { done: number; reporting: boolean } | null = null;
  let size = FIRST_BATCH;

  const batch = () => {
    scheduled = null;
    if (stopped || !db.open) return;
    try {
      const started = performance.now();
      const took = drainSearchQueueBatch(db, size);
      if (took === 0) return finish();
      if (took === size) size = nextBatchSize(size, performance.now() - started);
      run ??= { done: 0, reporting: false };
      run.done += took;
      const left = searchQueueLength(db);
      if (!run.reporting && run.done + left >= LONG_QUEUE) run.reporting = true;
      if (run.reporting) events.emit('search.indexProgress', { done: run.done, total: run.done + left });
      if (left === 0) return finish();
      next();
    } catch (error) {
      // A busy or failing write leaves the queue as it was: the next wake or the idle check tries again.
      log('error', '[search-indexer] a batch failed', error);
      run = null;
    }
  };
  const finish = () => {
    run = null;
  };
  /** The next batch of a drain under way: on the next turn. */
  const next = () => {
    if (!stopped && scheduled === null) scheduled = { kind: 'immediate', handle: setImmediate(batch) };
  };
  /** Something was written: a batch soon, unless one is already on its way. */
  const wake = () => {
    if (stopped || scheduled !== null) return;
    const handle = setTimeout(batch, WAKE_DELAY_MS);
    handle.unref();
    scheduled = { kind: 'timer', handle };
  };
  const idle = setInterval(wake, IDLE_CHECK_MS);
  idle.unref();
  next();
  return {
    wake,
    stop: () => {
      stopped = true;
      clearInterval(idle);
      if (scheduled?.kind === 'immediate') clearImmediate(scheduled.handle);
      if (scheduled?.kind === 'timer') clearTimeout(scheduled.handle);
      scheduled = null;
    },
  };
}

/** The next batch's size from how long this one took: toward BATCH_TARGET_MS, at most doubling or halving. */
export function nextBatchSize(size: number, ms: number): number {
  const scaled = Math.round(size * Math.min(2, Math.max(0.5, BATCH_TARGET_MS / Math.max(ms, 1))));
  return Math.min(MAX_BATCH, Math.max(MIN_BATCH, scaled));
}
