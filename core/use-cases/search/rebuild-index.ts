import { listAssignees } from '../../../db/repositories/search-query';
import { rebuildSearchIndex } from '../../../db/repositories/search-index';
import { dropFromSearchQueue } from '../../../db/repositories/search-queue';
import type { ActorRef } from '../../../shared/domain/actor';
import type { DeskContext } from '../../context';

/**
 * search.rebuild: the integrity check. Builds the index again from the rows in one transaction, with the
 * index writer the indexer uses; what was queued is in the rebuilt index, so the queue is emptied with it.
 */
export function rebuildIndex(ctx: DeskContext): { complaints: number; ms: number } {
  const started = performance.now();
  const complaints = ctx.db.transaction(() => {
    dropFromSearchQueue(ctx.db, 'all');
    return rebuildSearchIndex(ctx.db, (done, total) => ctx.events.emit('search.indexProgress', { done, total }));
  })();
  return { complaints, ms: Math.round(performance.now() - started) };
}

export function searchAssignees(ctx: DeskContext): ActorRef[] {
  return listAssignees(ctx.db);
}
