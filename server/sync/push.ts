import type { PushRequest, PushResponse } from '../../shared/sync/protocol';
import { inTransaction } from '../db/transaction';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { applyPushed } from './apply-pushed';
import { advanceClient, lockClient } from './client-counter';

/**
 * One push batch, one transaction: lock the client's row, skip ids already processed, stop at a gap,
 * apply (or reject) each in order and advance the client's counter with them; the changes wait at
 * position 0 until the feed placer numbers them, after the commit (see placeWaiting), and pokes.
 */
export async function push(ctx: ServerContext, caller: Actor, request: PushRequest): Promise<PushResponse> {
  const mutations = [...request.mutations].sort((a, b) => a.id - b.id);
  const { last, applied } = await inTransaction(ctx.pool, async (tx) => {
    let last = await lockClient(tx, request.clientId, caller.userId);
    const before = last;
    for (const m of mutations) {
      if (m.id <= last) continue;
      if (m.id !== last + 1) break;
      await applyPushed(tx, caller, request.clientId, m, ctx.clock());
      last = m.id;
    }
    if (last !== before) await advanceClient(tx, request.clientId, last);
    return { last, applied: last !== before };
  }).catch(async (error: unknown) => {
    // Rows this push held were skipped by the placer meanwhile; another push's change may wait behind them.
    await ctx.feed.place().catch(() => undefined);
    throw error;
  });
  // Answered once its changes have feed positions: the desk's next pull sees them.
  if (applied) await ctx.feed.place();
  return { lastMutationId: last };
}
