import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import PouchDB from 'pouchdb';
import type { Actor } from '../shared/domain/actor';
import { PULL_PAGE_MAX, PUSH_BATCH_MAX } from '../shared/sync/protocol';
import { deskClientUuid } from '../core/server-link/client-id';
import { writeServerAddress, writeTokens } from '../core/server-link/link-settings';
import { syncOnce } from '../core/sync/sync-once';
import { httpTransport } from '../core/sync/transport';
import { TEST_DATABASE_KEY } from '../tests/support/database-key';
import { makeTestDesk } from '../tests/support/desk';
import { aNewCustomersIntake } from './intake-commit.bench';
import { mutationLog } from '../tests/support/sync-fixtures';
import { startBenchServer } from './support/bench-server';
import { startPouchdbServer } from './support/pouchdb-server';
import { syncCaller } from './support/sync-fleet';
import { benchLine, round, rssMb } from './stats';

const DRAIN = 10_000;
const PULL = 50_000;
const GOAL_RATIO = 3;
const PASSWORD = 'Demo@2026';
const AGENT: Actor = { id: 'A1001', name: '王芳', role: 'agent' };
const ADMIN: Actor = { id: 'M3001', name: '陈静', role: 'admin' };
const SEEDERS: Actor[] = [
  { id: 'B2002', name: '赵敏', role: 'agent' },
  { id: 'A1003', name: '孙丽', role: 'agent' },
  { id: 'A2001', name: '吴磊', role: 'agent' },
  { id: 'A2002', name: '郑爽', role: 'agent' },
];

async function signIn(url: string, person: Actor, clientId: string) {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ employeeNo: person.id, password: PASSWORD, clientId, deviceName: `drain ${person.id}` }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${person.id}: ${response.status}`);
  return (await response.json()) as { accessToken: string; refreshToken: string };
}

/** A real desk (encrypted SQLite, the sync client) linked to the server as `person`. */
async function linkedDesk(url: string, person: Actor) {
  // Encrypted, as every desk's database is.
  const desk = makeTestDesk({ agent: person, now: new Date(), key: TEST_DATABASE_KEY });
  const session = await signIn(url, person, deskClientUuid(desk.db, person.id));
  writeServerAddress(desk.ctx.settings, { url, ca: null });
  writeTokens(desk.ctx.settings, { employeeNo: person.id, accessToken: session.accessToken, refreshToken: session.refreshToken });
  return desk;
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;
const note = (what: string) => console.error(`[sync-drain] ${new Date().toISOString().slice(11, 19)} ${what}`);

/** As the desk's sync runner does: a round that fails (a timeout on a loaded machine) is simply run again; every step is idempotent. */
async function syncUntilDone(run: () => Promise<void>): Promise<number> {
  for (let failures = 0; ; failures++) {
    try {
      await run();
      return failures;
    } catch (error) {
      if (failures >= 5) throw error;
      note(`sync round failed (${String(error)}); again`);
    }
  }
}

async function replicate(run: () => Promise<{ docs_written: number; doc_write_failures: number }>) {
  const t0 = performance.now();
  const result = await run();
  return { seconds: seconds(t0), written: result.docs_written, failures: result.doc_write_failures };
}

/**
 * sync-drain: a desk that was offline drains 10,000 mutations (creates) to the server, and a new desk
 * pulls 50,000 changes (complaints with their timelines) into its encrypted SQLite — real desks, the real
 * sync client, one server process on loopback PostgreSQL. Against PouchDB 9 replicating the same
 * documents (as the server stores them) between a LevelDB database on the desk and express-pouchdb 4.2
 * (pouchdb-server's HTTP layer, LevelDB on disk) in its own process on loopback, with batch sizes equal to ours (push 100, pull 500). Ratio = PouchDB's time / ours.
 */
export async function benchSyncDrain(): Promise<string[]> {
  const server = await startBenchServer('sync_drain');
  const pouchServer = await startPouchdbServer();
  const pouchDir = mkdtempSync(join(tmpdir(), 'pouch-desk-'));
  const agentDesk = await linkedDesk(server.url, AGENT);
  const adminDesk = await linkedDesk(server.url, ADMIN);
  let errors = 0;
  try {
    // Ours, drain: 10k complaints taken offline, then one sync; the push phase is the drain.
    // Each from another customer, as a branch's complaints are (one customer's 10,000 would make every create a repeat check over 500 earlier ones).
    for (let i = 0; i < DRAIN; i++) if (!(await agentDesk.dispatch('complaints.create', aNewCustomersIntake(i))).ok) errors++;
    note(`${DRAIN} complaints taken offline; draining`);
    let pushEnded = 0;
    const drainStart = performance.now();
    let retries = await syncUntilDone(() =>
      syncOnce(agentDesk.ctx, AGENT, httpTransport(agentDesk.ctx), (p) => {
        if (p.phase === 'push' && p.done === p.total) pushEnded = performance.now();
      }),
    );
    const oursDrain = (pushEnded - drainStart) / 1000;
    note(`drained in ${round(oursDrain, 1)} s; seeding the rest`);

    // The rest of the 50k arrive from four other desks (not timed).
    const caller = syncCaller(server.url);
    await Promise.all(
      SEEDERS.map(async (person) => {
        // A desk syncs only with the client id it signed in with.
        const clientId = crypto.randomUUID();
        const { accessToken } = await signIn(server.url, person, clientId);
        const log = mutationLog(person);
        for (let sent = 0; sent < (PULL - DRAIN) / SEEDERS.length; sent += PUSH_BATCH_MAX) {
          await caller.post('/sync/push', accessToken, { clientId, mutations: Array.from({ length: PUSH_BATCH_MAX }, () => log.create()) });
        }
      }),
    );
    errors += caller.errors();

    // Ours, pull: the admin's new desk pulls everything.
    note('pulling into a new desk');
    const pullStart = performance.now();
    retries += await syncUntilDone(() => syncOnce(adminDesk.ctx, ADMIN, httpTransport(adminDesk.ctx)));
    const oursPull = seconds(pullStart);
    note(`pulled in ${round(oursPull, 1)} s; PouchDB`);
    const pulled = (adminDesk.db.prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n;
    if (pulled !== PULL) errors++;

    // PouchDB: the same documents, as the server holds them.
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string; owner_no: string; doc: object }>(
      `SELECT c.id, c.owner_no, json_build_object('_id', c.id, 'complaint', c.document,
         'events', COALESCE((SELECT json_agg(e.document ORDER BY e.seq) FROM sync_events e WHERE e.complaint_id = c.id), '[]'::json),
         'meta', json_build_object('fieldVersions', c.field_versions, 'needsReview', c.needs_review, 'conflicts', c.conflicts, 'deleted', c.deleted)) AS doc
       FROM sync_complaints c ORDER BY c.position`,
    );
    await db.end();
    const drained = rows.filter((r) => r.owner_no === AGENT.id).map((r) => r.doc);
    const others = rows.filter((r) => r.owner_no !== AGENT.id).map((r) => r.doc);
    const remoteUrl = `${pouchServer.url}/complaints`;
    const pouchDesk = new PouchDB(join(pouchDir, 'desk'));
    for (let i = 0; i < drained.length; i += 1000) await pouchDesk.bulkDocs(drained.slice(i, i + 1000));
    note('PouchDB drain');
    const pouchDrain = await replicate(() => pouchDesk.replicate.to(remoteUrl, { batch_size: PUSH_BATCH_MAX }));
    const remote = new PouchDB(remoteUrl);
    for (let i = 0; i < others.length; i += 1000) await remote.bulkDocs(others.slice(i, i + 1000));
    const newPouchDesk = new PouchDB(join(pouchDir, 'new-desk'));
    note('PouchDB pull');
    const pouchPull = await replicate(() => newPouchDesk.replicate.from(remoteUrl, { batch_size: PULL_PAGE_MAX }));
    if (pouchDrain.written !== drained.length || pouchPull.written !== rows.length) errors++;
    await Promise.all([pouchDesk.close(), remote.close(), newPouchDesk.close()]);

    const line = (what: string, ours: number, pouch: number, count: number) =>
      benchLine('sync-drain', what, {
        ratio: round(pouch / ours, 2),
        goal: `≥${GOAL_RATIO}`,
        ours_s: round(ours, 2),
        pouchdb_s: round(pouch, 2),
        ours_per_s: Math.round(count / ours),
        pouchdb_per_s: Math.round(count / pouch),
        seconds: round(ours, 2),
        rss_mb: rssMb(),
        retries,
        errors,
      });
    return [line(`drain-${DRAIN}-offline-mutations`, oursDrain, pouchDrain.seconds, DRAIN), line(`pull-${PULL}-changes-new-desk`, oursPull, pouchPull.seconds, PULL)];
  } finally {
    agentDesk.close();
    adminDesk.close();
    await pouchServer.close();
    rmSync(pouchDir, { recursive: true, force: true });
    await server.close();
  }
}
