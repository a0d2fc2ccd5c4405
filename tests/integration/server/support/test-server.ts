import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Session } from '../../../../shared/org/auth';
import { API_PREFIX } from '../../../../shared/org/routes';
import type { Clock } from '../../../../server/clock';
import { openDatabase, type Database } from '../../../../server/db/database';
import { buildApp } from '../../../../server/http/app';
import { serverContext, type ServerContext } from '../../../../server/services/context';
import { DEMO_PASSWORD, seedDemoOrganisation } from '../../../../server/services/demo-organisation';
import type { Limits } from '../../../../server/services/limits';
import { createTestDatabase, type Backend, type TestDatabase } from './backends';

/** A clock the test moves by hand. */
export function manualClock(start = new Date('2026-06-01T08:00:00.000Z')) {
  let now = start.getTime();
  const clock: Clock = () => new Date(now);
  return { clock, advance: (ms: number) => void (now += ms) };
}

/**
 * The test server's clock unless a test sets one: a fixed day running on in real time, after every day the
 * test desks are set to (tests/support/desk.ts starts them at 2026-11-25) and within the offline window of
 * them, so a test behaves the same whenever it runs. Test desks travel in time; their transport
 * (tests/support/sync-desks.ts) sends the server's clock as theirs, as an NTP-synchronised desk would.
 */
export const TEST_SERVER_EPOCH = new Date('2026-12-07T00:00:00.000Z');
const startedAt = Date.now();
export const testServerClock: Clock = () => new Date(TEST_SERVER_EPOCH.getTime() + (Date.now() - startedAt));

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A raw payload, sent as is (with the headers given). */
  payload?: string;
}

/** A session and the client id it signed in with (the only kind of id a push or pull may name). */
export type SignedIn = Session & { clientId: string };

/** The server's app on a fresh database of one backend, called in-process (Fastify's inject). */
export interface TestServer {
  backend: Backend;
  ctx: ServerContext;
  database: Database;
  testDb: TestDatabase;
  call(method: string, path: string, options?: CallOptions): Promise<LightMyRequestResponse>;
  /** Signs a demo (or any) user in with a new client id (or the one given); answers the session and that id, which it may sync with. */
  signIn(employeeNo: string, password?: string, clientId?: string): Promise<SignedIn>;
  /** Signs the demo user in with a new client id, as a desk does before it syncs with it; answers the id. */
  newClient(employeeNo: string): Promise<string>;
  /**
   * Before syncing with a client id, signs the demo user in with it once, as a desk does (a refused
   * sign-in — an id bound to another person, not a UUID — is left for the push or pull to show).
   */
  signedInWith(employeeNo: string, clientId: string): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(
  backend: Backend,
  options: { clock?: Clock; limits?: Partial<Limits>; demo?: boolean; logger?: unknown } = {},
): Promise<TestServer> {
  const testDb = await createTestDatabase(backend);
  const database = await openDatabase(testDb.location);
  const ctx = serverContext(database.pool, options.clock ?? testServerClock, options.limits);
  if (options.demo !== false) await seedDemoOrganisation(ctx);
  const app = buildApp(ctx, (options.logger as never) ?? false);
  await app.ready();

  const call = (method: string, path: string, { token, body, headers, payload }: CallOptions = {}) =>
    app.inject({
      method: method as never,
      url: `${API_PREFIX}${path}`,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(payload !== undefined ? { payload } : body !== undefined ? { payload: body as object } : {}),
    });

  const signedIn = new Set<string>();
  async function signIn(employeeNo: string, password = DEMO_PASSWORD, clientId = randomUUID()): Promise<SignedIn> {
    const response = await call('POST', '/auth/login', { body: { employeeNo, password, clientId, deviceName: 'test desk' } });
    if (response.statusCode !== 200) throw new Error(`sign-in of ${employeeNo} failed: ${response.body}`);
    return { ...(response.json() as Session), clientId };
  }

  return {
    backend,
    ctx,
    database,
    testDb,
    call,
    signIn,
    newClient: async (employeeNo) => (await signIn(employeeNo)).clientId,
    async signedInWith(employeeNo, clientId) {
      const key = `${employeeNo.toLowerCase()} ${clientId}`;
      if (signedIn.has(key)) return;
      const response = await call('POST', '/auth/login', { body: { employeeNo, password: DEMO_PASSWORD, clientId, deviceName: 'test desk' } });
      if (response.statusCode === 200) signedIn.add(key);
    },
    async close() {
      await app.close();
      await database.close();
      await testDb.drop();
    },
  };
}

/** Row counts and a digest of every table's contents: equal snapshots mean nothing changed. */
export async function databaseSnapshot(database: Database): Promise<Record<string, string>> {
  const tables = (
    await database.pool.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    )
  ).rows.map((r) => r.name);
  const snapshot: Record<string, string> = {};
  for (const table of tables) {
    if (table === 'rate_limit_windows') continue; // counting a refused call's hit is the point of it
    const row = (
      await database.pool.query<{ n: number; digest: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
      )
    ).rows[0]!;
    snapshot[table] = `${row.n}:${row.digest ?? ''}`;
  }
  return snapshot;
}
