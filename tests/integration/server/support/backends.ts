import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import type { DatabaseLocation } from '../../../../server/db/database';
import { freshPgliteDir } from './pglite-template';

export const BACKENDS = ['postgres', 'pglite'] as const;
export type Backend = (typeof BACKENDS)[number];

const ADMIN_URL = process.env.SERVER_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  location: DatabaseLocation;
  /** The connection string (postgres) or data directory (pglite), for spawned servers. */
  databaseUrl?: string;
  dataDir?: string;
  drop(): Promise<void>;
}

/** A new empty database on real PostgreSQL (named server_…) or a new PGlite directory. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const dataDir = await freshPgliteDir();
    return { location: { dataDir }, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `server_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    location: { databaseUrl },
    databaseUrl,
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
