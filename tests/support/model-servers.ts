import type { z } from 'zod';
import type { ContentTransport } from '../../core/sync/content-transport';
import type { SyncTransport } from '../../core/sync/transport';
import { ServerRefusal } from '../../core/server-link/server-refusal';
import { OrgErrorBodySchema } from '../../shared/org/errors';
import { API_PREFIX } from '../../shared/org/routes';
import { CONTENT_ROUTES, ContentChunkSchema, UploadStatusSchema } from '../../shared/sync/attachment-content';
import { SYNC_ROUTES, type PullRequest, type PushRequest } from '../../shared/sync/protocol';
import { systemClock } from '../../server/clock';
import { openDatabase, type Database } from '../../server/db/database';
import type { Queryable } from '../../server/db/queryable';
import { serverContext } from '../../server/services/context';
import { DEMO_PASSWORD, seedDemoOrganisation } from '../../server/services/demo-organisation';
import { createTestDatabase, type TestDatabase } from '../integration/server/support/backends';
import { expectRunning, spawnServer, type SpawnedServer } from '../integration/server/support/spawn-server';
import { startTestServer, type TestServer } from '../integration/server/support/test-server';

/** A raw answer: the status and the parsed body (or the text when it is not JSON). */
export interface RawAnswer {
  status: number;
  body: unknown;
}

/**
 * The server as the model test sees it, wherever it runs: a query handle on its database (for the audit
 * and the no-trace checks), raw calls (for the lying desk), sign-in of one desk's client id, and the
 * transports a real desk syncs and uploads through. A spawned server can also be killed and restarted.
 */
export interface ModelServer {
  readonly db: Queryable;
  /** Any call as `token`'s holder; never throws for a non-2xx answer (a network failure still throws). */
  raw(method: 'GET' | 'POST', path: string, token: string, body?: unknown): Promise<RawAnswer>;
  /** Signs a demo person in on the desk with this client id; answers the access token. */
  signIn(employeeNo: string, clientId: string): Promise<string>;
  /** Sync through the server as the token's holder: a non-2xx answer throws like a failed request. */
  transport(token: () => string): SyncTransport;
  content(token: () => string): ContentTransport;
  /** Requests sent and not yet answered (a spawned server only: where a kill can land mid-request). */
  inFlight?(): number;
  /** SIGKILL the server's process (a spawned server only). */
  kill?(): Promise<void>;
  /** Start it again on the same database (after kill). */
  restart?(): Promise<void>;
  close(): Promise<void>;
}

/** Rate limits no model run reaches (sign-ins of every desk of every run, thousands of sync calls). */
const LIMITS = {
  callsPerUser: { max: 10_000_000, windowSeconds: 60 },
  loginPerAccount: { max: 1_000_000, windowSeconds: 60 },
  loginPerClient: { max: 1_000_000, windowSeconds: 60 },
};

function transports(raw: ModelServer['raw']): Pick<ModelServer, 'transport' | 'content'> {
  const ok = async (method: 'GET' | 'POST', path: string, token: string, body?: unknown) => {
    const answer = await raw(method, path, token, body);
    if (answer.status === 200) return answer.body;
    // A refusal throws the ServerRefusal the HTTP link would (the sync client reacts to some).
    const refusal = OrgErrorBodySchema.safeParse(answer.body);
    if (refusal.success) throw new ServerRefusal(answer.status, refusal.data.error);
    throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  };
  const content = async <T>(method: 'GET' | 'POST', path: string, token: string, schema: z.ZodType<T>, body?: unknown): Promise<T> => {
    const answer = await raw(method, path, token, body);
    if (answer.status === 200) return schema.parse(answer.body);
    throw new ServerRefusal(answer.status, OrgErrorBodySchema.parse(answer.body).error);
  };
  return {
    transport: (token) => ({
      push: (request: PushRequest) => ok('POST', SYNC_ROUTES.push, token(), request) as never,
      pull: (request: PullRequest) => ok('POST', SYNC_ROUTES.pull, token(), request) as never,
    }),
    content: (token) => ({
      uploadStatus: (sha256) => content('GET', CONTENT_ROUTES.upload(sha256), token(), UploadStatusSchema),
      uploadChunk: (sha256, chunk) => content('POST', CONTENT_ROUTES.upload(sha256), token(), UploadStatusSchema, chunk),
      downloadChunk: (sha256, offset) => content('GET', CONTENT_ROUTES.content(sha256, offset), token(), ContentChunkSchema),
    }),
  };
}

async function signInThrough(raw: ModelServer['raw'], employeeNo: string, clientId: string): Promise<string> {
  const answer = await raw('POST', '/auth/login', '', { employeeNo, password: DEMO_PASSWORD, clientId, deviceName: `model desk ${clientId.slice(0, 8)}` });
  if (answer.status !== 200) throw new Error(`sign-in of ${employeeNo} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { accessToken: string }).accessToken;
}

/** The real server's app in this process (Fastify's inject) on a fresh PostgreSQL database with the demo organisation. */
export async function inProcessModelServer(clock?: () => Date): Promise<ModelServer & { server: TestServer }> {
  // COMPLAINT_DESK_SERVER_LOG=error shows what a 500 was (the app logs it; the answer only says "internal").
  const logger = process.env.COMPLAINT_DESK_SERVER_LOG ? { level: process.env.COMPLAINT_DESK_SERVER_LOG } : undefined;
  const server = await startTestServer('postgres', { limits: LIMITS, ...(clock ? { clock } : {}), ...(logger ? { logger } : {}) });
  const raw: ModelServer['raw'] = async (method, path, token, body) => {
    const response = await server.call(method, path, { ...(token ? { token } : {}), ...(body === undefined ? {} : { body }) });
    let parsed: unknown = response.body;
    try {
      parsed = response.json();
    } catch {
      // not JSON: keep the text
    }
    return { status: response.statusCode, body: parsed };
  };
  return {
    server,
    db: server.ctx.pool,
    raw,
    signIn: (no, clientId) => signInThrough(raw, no, clientId),
    ...transports(raw),
    close: () => server.close(),
  };
}

/**
 * `tsx server/main.ts` in its own process on a fresh PostgreSQL database (the demo organisation seeded
 * once it has migrated it), over real HTTP on loopback. kill() is SIGKILL: no shutdown hook runs, open
 * transactions die with their connections; restart() starts a new process on the same database (a new port).
 */
export async function spawnedModelServer(): Promise<ModelServer & { output(): string }> {
  const testDb: TestDatabase = await createTestDatabase('postgres');
  const env = { DATABASE_URL: testDb.databaseUrl! };
  let running: SpawnedServer = expectRunning(await spawnServer(['--port', '0'], env));
  let log = '';
  const database: Database = await openDatabase(testDb.location);
  await seedDemoOrganisation(serverContext(database.pool, systemClock));
  // The spawned server has the default limits: the model's calls and sign-ins would reach them, so its windows are emptied as it goes.
  const unthrottle = () => database.pool.query('DELETE FROM rate_limit_windows').catch(() => undefined);
  let calls = 0;
  let inFlight = 0;
  const raw: ModelServer['raw'] = async (method, path, token, body) => {
    if (++calls % 200 === 0) await unthrottle();
    inFlight += 1;
    let text: string;
    let response: Response;
    try {
      response = await fetch(`${running.url}${API_PREFIX}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
      text = await response.text();
    } finally {
      inFlight -= 1;
    }
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed };
  };
  return {
    db: database.pool,
    raw,
    signIn: async (no, clientId) => {
      await unthrottle();
      return signInThrough(raw, no, clientId);
    },
    ...transports(raw),
    output: () => log + running.output(),
    inFlight: () => inFlight,
    async kill() {
      const exited = new Promise<void>((resolve) => (running.child.exitCode !== null || running.child.signalCode !== null ? resolve() : running.child.once('exit', () => resolve())));
      running.child.kill('SIGKILL');
      await exited;
      log += running.output();
    },
    async restart() {
      running = expectRunning(await spawnServer(['--port', '0'], env));
      await unthrottle();
    },
    async close() {
      await running.stop();
      await database.close();
      await testDb.drop();
    },
  };
}
