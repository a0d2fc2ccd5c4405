import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';
import { indexComplaints } from './search-index';

/**
 * The search index queue (migration 22): what a change writes instead of the index itself. Queuing is
 * one small row per complaint in the change's own transaction, so the queue survives a kill exactly as
 * the change does; the desk's indexer (core/search-indexer.ts) drains it into the index in batches.
 */

let lastStamp = 0;
/** A new value at every queuing in this process and after a restart (the time in microseconds, kept increasing). */
function nextStamp(): number {
  lastStamp = Math.max(lastStamp + 1, Date.now() * 1000);
  return lastStamp;
}

/**
 * Queues the complaints for (re)indexing, in the caller's transaction. A complaint already queued keeps
 * its place (its entry will be written from its rows as they are when the queue reaches it) and gets a
 * new stamp: what was read from its rows before is out of date.
 */
export function enqueueForIndexing(db: WritableDB, complaintIds: readonly string[]): void {
  if (complaintIds.length === 0) return;
  if (complaintIds.length === 1) {
    statement(db, 'INSERT INTO search_queue (complaint_id, stamp) VALUES (?, ?) ON CONFLICT (complaint_id) DO UPDATE SET stamp = excluded.stamp')
      .run(complaintIds[0], nextStamp());
    return;
  }
  statement(db, 'INSERT INTO search_queue (complaint_id, stamp) SELECT value, ? FROM json_each(?) WHERE true ON CONFLICT (complaint_id) DO UPDATE SET stamp = excluded.stamp')
    .run(nextStamp(), JSON.stringify(complaintIds));
}

/** How many complaints wait to be indexed. */
export function searchQueueLength(db: ReadableDB): number {
  return statement(db, 'SELECT count(*) FROM search_queue').pluck().get() as number;
}

/**
 * Indexes up to `max` queued complaints, oldest queued first, with the index writer, and takes them off
 * the queue — all in one transaction (a savepoint inside the caller's). Returns how many it took.
 */
export function drainSearchQueueBatch(db: WritableDB, max: number): number {
  return db.transaction(() => {
    const rows = statement(db, 'SELECT seq, complaint_id FROM search_queue ORDER BY seq LIMIT ?').raw().all(max) as [number, string][];
    if (rows.length === 0) return 0;
    indexComplaints(db, rows.map(([, id]) => id));
    statement(db, 'DELETE FROM search_queue WHERE seq <= ?').run(rows.at(-1)![0]);
    return rows.length;
  })();
}

/** Indexes everything queued, in batches of `batch` (tests, tools, a first sync's end). Returns how many. */
export function drainSearchQueue(db: WritableDB, batch = 1000): number {
  let done = 0;
  for (let n = drainSearchQueueBatch(db, batch); n > 0; n = drainSearchQueueBatch(db, batch)) done += n;
  return done;
}

/** Takes complaints off the queue without indexing them (their entries are being dropped or rebuilt). */
export function dropFromSearchQueue(db: WritableDB, complaintIds: readonly string[] | 'all'): void {
  if (complaintIds === 'all') statement(db, 'DELETE FROM search_queue').run();
  else statement(db, 'DELETE FROM search_queue WHERE complaint_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(complaintIds));
}
