import type { PushRequest, PushResponse } from '../../shared/sync/protocol';
import { inTransaction } from '../db/transaction';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { applyPushed } from './apply-pushed';
import { advanceClient, lockClient } from './client-counter';
import { FeedEntries, placeOnFeed } from './feed';

/**
 * One push batch, one transaction: lock the client's row, skip ids already processed, stop at a gap,
 * apply (or reject) each in order and advance the client's counter with them; the feed positions come
 * last (see placeOnFeed). Pokes the listening desks once it has committed.
 */
export async function push(ctx: ServerContext, caller: Actor, request: PushRequest): Promise<PushResponse> {
  const mutations = [...request.mutations].sort((a, b) => a.id - b.id);
  const { last, applied } = await inTransaction(ctx.pool, async (tx) => {
    let last = await lockClient(tx, request.clientId, caller.userId);
    const before = last;
    const feed = new FeedEntries();
    for (const m of mutations) {
      if (m.id <= last) continue;
      if (m.id !== last + 1) break;
      await applyPushed(tx, feed, caller, request.clientId, m, ctx.clock());
      last = m.id;
    }
    if (last !== before) await advanceClient(tx, request.clientId, last);
    await placeOnFeed(tx, feed);
    if (last !== before) await ctx.pokes.announce(tx);
    return { last, applied: last !== before };
  });
  if (applied) ctx.pokes.poke();
  return { lastMutationId: last };
}
