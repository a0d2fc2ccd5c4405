import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Database } from './db/database';
import { buildApp } from './http/app';
import { serverContext, type ServerContext } from './services/context';
import { isEmptyOrganisation, seedDemoOrganisation, type DemoSignIn } from './services/demo-organisation';
import { pruneExpired } from './services/housekeeping';
import { PokeRelay } from './sync/poke-relay';
import type { Limits } from './services/limits';
import { actorCacheLimits, type ActorCacheLimits } from './services/actor-cache';

export interface StartServerOptions {
  /** PGlite data directory (embedded mode); ignored when databaseUrl is given. */
  dataDir?: string;
  /** A PostgreSQL connection string; wins over dataDir. */
  databaseUrl?: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  clock?: Clock;
  limits?: Partial<Limits>;
  logger?: FastifyServerOptions['logger'];
  /** The token cache's size and backstop time to live (tests); else `ACTOR_CACHE_TTL_SECONDS` or the defaults. */
  actorCache?: ActorCacheLimits;
  /** Seeds the demo organisation first if the database has no users yet (a new data directory). */
  demoIfEmpty?: boolean;
}

const HOUSEKEEPING_EVERY_MS = 10 * 60 * 1000;

export interface RunningServer {
  /** http://host:port, without a trailing slash. */
  url: string;
  close(): Promise<void>;
  app: FastifyInstance;
  database: Database;
  context: ServerContext;
  /** The demo sign-ins, when demoIfEmpty seeded them just now; else empty. */
  seededDemo: DemoSignIn[];
}

/** Opens (and migrates) the database, then listens. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  if (!options.databaseUrl && !options.dataDir) throw new Error('startServer needs a databaseUrl or a dataDir');
  const actorCache = options.actorCache ?? actorCacheLimits();
  const database = await openDatabase(
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir! },
  );
  const context = serverContext(database.pool, options.clock ?? systemClock, options.limits, actorCache);
  const app = buildApp(context, options.logger ?? false);
  let seededDemo: DemoSignIn[] = [];
  // Several processes may serve one PostgreSQL: pokes reach the desks connected to the others too.
  const relay = database.databaseUrl ? new PokeRelay(
        database.databaseUrl,
        (audience) => context.pokes.poke(audience),
        (ended) => context.pokes.endStreams(ended),
        context.actors,
      ) : null;
  try {
    if (relay) {
      // The token cache serves while the relay listens for revocations from every process.
      await relay.start();
      context.pokes.relayThrough(relay);
    } else {
      // PGlite is one process: its services revoke in the cache themselves.
      context.actors.serving(true);
    }
    if (options.demoIfEmpty && (await isEmptyOrganisation(context))) seededDemo = await seedDemoOrganisation(context);
    // Changes a stopped process committed but never numbered.
    await context.feed.place();
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await relay?.close();
    await database.close();
    throw error;
  }
  const housekeeping = setInterval(() => {
    pruneExpired(context).catch((error: unknown) => app.log.warn({ err: error }, 'housekeeping failed'));
    context.feed.place().catch((error: unknown) => app.log.warn({ err: error }, 'placing waiting changes failed'));
  }, HOUSEKEEPING_EVERY_MS);
  housekeeping.unref();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    app,
    database,
    context,
    seededDemo,
    async close() {
      clearInterval(housekeeping);
      await app.close();
      await relay?.close();
      await database.close();
    },
  };
}
