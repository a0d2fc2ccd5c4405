import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Database } from './db/database';
import { buildApp } from './http/app';
import { serverContext, type ServerContext } from './services/context';
import type { Limits } from './services/limits';

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
}

export interface RunningServer {
  /** http://host:port, without a trailing slash. */
  url: string;
  close(): Promise<void>;
  app: FastifyInstance;
  database: Database;
  context: ServerContext;
}

/** Opens (and migrates) the database, then listens. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  if (!options.databaseUrl && !options.dataDir) throw new Error('startServer needs a databaseUrl or a dataDir');
  const database = await openDatabase(
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir! },
  );
  const context = serverContext(database.pool, options.clock ?? systemClock, options.limits);
  const app = buildApp(context, options.logger ?? false);
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await database.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    app,
    database,
    context,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
