import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { migrate } from './migrate';

export type DatabaseLocation = { databaseUrl: string } | { dataDir: string };

/** The server's database: one pg.Pool, whether on a real PostgreSQL or an embedded PGlite. */
export interface Database {
  pool: pg.Pool;
  kind: 'postgres' | 'pglite';
  /** PostgreSQL's connection string, for a dedicated connection besides the pool (LISTEN). */
  databaseUrl?: string;
  close(): Promise<void>;
}

async function openPglite(dataDir: string): Promise<Database> {
  const unlock = lockDataDir(dataDir);
  try {
    const lite = await PGlite.create(dataDir);
    // node-postgres over PGlite: one connection, so the same repositories and transactions run on both.
    const pool = new pg.Pool(createPgConfig(lite) as pg.PoolConfig);
    return {
      pool,
      kind: 'pglite',
      async close() {
        await pool.end();
        await lite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Connections per server process (`DATABASE_POOL_MAX`, default 10): docs/operations.md says how to size them. */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env.DATABASE_POOL_MAX ?? 10);
  if (!Number.isInteger(size) || size < 1 || size > 500) throw new Error(`DATABASE_POOL_MAX must be a whole number from 1 to 500, not ${env.DATABASE_POOL_MAX}`);
  return size;
}

function openPostgres(databaseUrl: string): Database {
  // JIT off: the planner's estimates on a freshly filled table (a first sync, a bulk drain) made it compile
  // each pull page's query for ≈ 330 ms to run it in 12 ms; the server's queries are all short.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize(), options: '-c jit=off' });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return { pool, kind: 'postgres', databaseUrl, close: () => pool.end() };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const database = 'databaseUrl' in location ? openPostgres(location.databaseUrl) : await openPglite(location.dataDir);
  try {
    await migrate(database.pool);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
