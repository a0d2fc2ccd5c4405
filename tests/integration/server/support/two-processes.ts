import { systemClock } from '../../../../server/clock';
import { openDatabase, type DatabaseLocation } from '../../../../server/db/database';
import { serverContext } from '../../../../server/services/context';
import { seedDemoOrganisation } from '../../../../server/services/demo-organisation';
import { createTestDatabase } from './backends';
import { expectRunning, spawnServer, type SpawnedServer } from './spawn-server';

export interface TwoProcesses {
  a: SpawnedServer;
  b: SpawnedServer;
  /** Their database, for a test that reads what they wrote. */
  location: DatabaseLocation;
  stop(): Promise<void>;
}

/** Two real server processes on one new PostgreSQL database with the demo organisation, as behind a load balancer. */
export async function startTwoProcesses(): Promise<TwoProcesses> {
  const testDb = await createTestDatabase('postgres');
  const env = { DATABASE_URL: testDb.databaseUrl! };
  const [a, b] = (await Promise.all([spawnServer(['--port', '0'], env), spawnServer(['--port', '0'], env)])).map(expectRunning) as [SpawnedServer, SpawnedServer];
  const database = await openDatabase(testDb.location);
  await seedDemoOrganisation(serverContext(database.pool, systemClock));
  await database.close();
  return {
    a,
    b,
    location: testDb.location,
    async stop() {
      await Promise.all([a.stop(), b.stop()]);
      await testDb.drop();
    },
  };
}
