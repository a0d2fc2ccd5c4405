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

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A raw payload, sent as is (with the headers given). */
  payload?: string;
}

/** The server's app on a fresh database of one backend, called in-process (Fastify's inject). */
export interface TestServer {
  backend: Backend;
  ctx: ServerContext;
  database: Database;
  testDb: TestDatabase;
  call(method: string, path: string, options?: CallOptions): Promise<LightMyRequestResponse>;
  /** Signs a demo (or any) user in with a new client id; answers the session. */
  signIn(employeeNo: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

export async function startTestServer(
  backend: Backend,
  options: { clock?: Clock; limits?: Partial<Limits>; demo?: boolean; logger?: unknown } = {},
): Promise<TestServer> {
  const testDb = await createTestDatabase(backend);
  const database = await openDatabase(testDb.location);
  const ctx = serverContext(database.pool, options.clock ?? (() => new Date()), options.limits);
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

  return {
    backend,
    ctx,
    database,
    testDb,
    call,
    async signIn(employeeNo, password = DEMO_PASSWORD) {
      const response = await call('POST', '/auth/login', {
        body: { employeeNo, password, clientId: randomUUID(), deviceName: 'test desk' },
      });
      if (response.statusCode !== 200) throw new Error(`sign-in of ${employeeNo} failed: ${response.body}`);
      return response.json() as Session;
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
