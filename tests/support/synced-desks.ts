import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Agent } from '../../shared/api/session';
import type { Session } from '../../shared/org/auth';
import type { DatabaseKey } from '../../db/database-key';
import { syncOnce } from '../../core/sync/sync-once';
import type { SyncTransport } from '../../core/sync/transport';
import type { Backend } from '../integration/server/support/backends';
import { startTestServer, type TestServer } from '../integration/server/support/test-server';
import { makeTestDesk } from './desk';
import type { TestDesk } from './workflow-desk';
import { inProcessTransport } from './sync-desks';

export interface SyncedDesks {
  /** The in-process server (PostgreSQL or PGlite), started before the suite's tests. */
  readonly server: TestServer;
  /** The session each person signed in with when the suite started. */
  session(employeeNo: string): Session;
  /** A new desk for the person, closed after the test. */
  deskOf(agent: Agent): TestDesk;
  /** Push and pull through the server as the person. */
  transportOf(employeeNo: string): SyncTransport;
  /** One sync round of the desk as the person. */
  sync(desk: TestDesk, agent: Agent): Promise<void>;
}

/**
 * Desks syncing with one in-process server in a suite: the server starts before the suite with the
 * people signed in (a rate limit no test reaches), each test's desks close after it, the server after
 * the suite. Call inside a describe.
 */
export function syncedDesks(backend: Backend, people: readonly string[], options: { key?: DatabaseKey; now?: Date } = {}): SyncedDesks {
  let server: TestServer | undefined;
  const sessions = new Map<string, Session>();
  const desks: TestDesk[] = [];
  beforeAll(async () => {
    // Each desk signs its person in with its own client id before it syncs (see inProcessTransport).
    const many = { max: 1_000_000, windowSeconds: 60 };
    server = await startTestServer(backend, { limits: { callsPerUser: many, loginPerAccount: many, loginPerClient: many } });
    for (const no of people) sessions.set(no, await server.signIn(no));
  }, 90_000);
  afterEach(() => {
    for (const desk of desks.splice(0)) desk.close();
  });
  afterAll(() => server?.close());

  const running = () => {
    if (!server) throw new Error('the server starts in beforeAll');
    return server;
  };
  const session = (no: string) => {
    const found = sessions.get(no);
    if (!found) throw new Error(`${no} is not signed in to this suite's server`);
    return found;
  };
  const transportOf = (no: string) => inProcessTransport(running(), () => session(no).accessToken);
  return {
    get server() {
      return running();
    },
    session,
    deskOf(agent) {
      const desk = makeTestDesk({ agent, now: options.now ?? new Date('2026-11-26T02:00:00.000Z'), key: options.key });
      desks.push(desk);
      return desk;
    },
    transportOf,
    sync: (desk, agent) => syncOnce(desk.ctx, agent, transportOf(agent.id)),
  };
}
