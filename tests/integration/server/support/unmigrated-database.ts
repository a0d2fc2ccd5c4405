import pg from 'pg';
import type { Database } from '../../../../server/db/database';
import type { TestDatabase } from './backends';

/** The database as openDatabase makes it, minus the migrations: a test applies the ones it wants, with old rows in between. */
export async function openUnmigrated(testDb: TestDatabase): Promise<Database> {
  if ('databaseUrl' in testDb.location) {
    const pool = new pg.Pool({ connectionString: testDb.location.databaseUrl, max: 2 });
    pool.on('error', () => undefined);
    return { pool, kind: 'postgres', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const lite = await PGlite.create(testDb.location.dataDir);
  const pool = new pg.Pool(createPgConfig(lite) as pg.PoolConfig);
  return {
    pool,
    kind: 'pglite',
    close: async () => {
      await pool.end();
      await lite.close();
    },
  };
}
