import type pg from 'pg';
import { FeedPlacer } from '../sync/feed-placer';
import { PokeHub } from '../sync/poke-hub';
import { SharedFeedReads } from '../sync/shared-feed-reads';
import type { Clock } from '../clock';
import { ActorCache, type ActorCacheLimits } from './actor-cache';
import { DEFAULT_LIMITS, type Limits } from './limits';

/** What every service call needs: the database, the clock and the throttling policy. */
export interface ServerContext {
  pool: pg.Pool;
  clock: Clock;
  limits: Limits;
  /** Desks listening for changes (server-sent events): told after every committed push. */
  pokes: PokeHub;
  /** Numbers committed pushes' changes on the change feed, then pokes. */
  feed: FeedPlacer;
  /** Access token → caller; serves only once the server has wired revocations to it (server/start.ts). */
  actors: ActorCache;
  /** Pulls of the same page with the same reach at the same moment share one query. */
  feedReads: SharedFeedReads;
}

export function serverContext(pool: pg.Pool, clock: Clock, limits: Partial<Limits> = {}, actorCache?: ActorCacheLimits): ServerContext {
  const pokes = new PokeHub();
  return {
    pool,
    clock,
    limits: { ...DEFAULT_LIMITS, ...limits },
    pokes,
    feed: new FeedPlacer(pool, pokes),
    actors: new ActorCache(actorCache),
    feedReads: new SharedFeedReads(),
  };
}
