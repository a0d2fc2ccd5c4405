import { randomUUID } from 'node:crypto';
import type { ClockCorrection, PushRequest, PushResponse } from '../../shared/sync/protocol';
import { inTransaction } from '../db/transaction';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { PushBatch } from './apply-pushed';
import { advanceClient, lockClient } from './client-counter';
import { PushWrites } from './push-writes';
import { openPushClock } from './push-clock-repo';

/**
 * One push batch, one transaction: lock the client's row, skip ids already processed, stop at a gap,
 * apply (or reject) each in order and advance the client's counter with them; the changes wait at
 * position 0 until the feed placer numbers them, after the commit (see placeWaiting), and pokes.
 */
export async function push(ctx: ServerContext, caller: Actor, request: PushRequest): Promise<PushResponse> {
  // Sorted, one per id: a repeated id is the same mutation sent twice.
  const mutations = [...new Map([...request.mutations].reverse().map((m) => [m.id, m])).values()].sort((a, b) => a.id - b.id);
  const { last, applied, corrections = [] } = await inTransaction<{ last: number; applied: boolean; corrections?: ClockCorrection[] }>(ctx.pool, async (tx) => {
    const before = await lockClient(tx, request.clientId, caller.userId);
    const next = mutations.filter((m) => m.id > before);
    const gap = next.findIndex((m, i) => m.id !== before + 1 + i);
    const run = gap < 0 ? next : next.slice(0, gap);
    if (run.length === 0) return { last: before, applied: false };
    const writes = new PushWrites();
    const clock = await openPushClock(tx, request.clientId, ctx.clock(), request.deskClock);
    const batch = await PushBatch.open(tx, run, clock, writes);
    for (const m of run) await batch.apply(caller, request.clientId, m);
    await batch.assignByRules(tx, randomUUID);
    await writes.save(tx);
    const last = run.at(-1)!.id;
    await advanceClient(tx, request.clientId, last);
    return { last, applied: true, corrections: batch.corrections };
  }).catch(async (error: unknown) => {
    // Rows this push held were skipped by the placer meanwhile; another push's change may wait behind them.
    await ctx.feed.place().catch(() => undefined);
    throw error;
  });
  // Answered once its changes have feed positions: the desk's next pull sees them.
  if (applied) await ctx.feed.place();
  return { lastMutationId: last, serverTime: ctx.clock().toISOString(), corrections };
}
