import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { startServer } from '../server/start';
import { DEMO_ACCOUNTS } from '../scripts/embedded-server.mjs';
import { mutationLog } from '../tests/support/sync-fixtures';
import { benchLine, percentile, round, rssMb } from './stats';

const ADMIN_URL = process.env.SERVER_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DESKS = 200;
const ROUNDS = 5;
const GOAL_P99_MS = 100;
const WIDE = { max: 100_000_000, windowSeconds: 60 };

/**
 * sync-load: 200 simulated desks (HTTP clients speaking the sync protocol, no SQLite) against one server
 * on loopback PostgreSQL, all at once: each round pushes a batch of two new complaints and a note, then
 * pulls its share of the feed. p50/p99 per request and errors (any non-200 answer).
 */
export async function benchSyncLoad(): Promise<string[]> {
  const name = `sync_load_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const server = await startServer({
    databaseUrl: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    port: 0,
    host: '127.0.0.1',
    demoIfEmpty: true,
    limits: { loginPerClient: WIDE, loginPerAccount: WIDE, refreshPerClient: WIDE, callsPerUser: WIDE },
  });
  const started = Date.now();
  const samples: number[] = [];
  let errors = 0;
  const post = async (path: string, token: string, body: unknown) => {
    const t0 = performance.now();
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    samples.push(performance.now() - t0);
    if (response.status !== 200) errors++;
    return answer as { cursor: number; hasMore: boolean };
  };
  try {
    const agents = (DEMO_ACCOUNTS as { employeeNo: string; name: string; role: string }[]).filter((a) => a.role === 'agent');
    // Sign-ins one after another: each is an Argon2id check of 19 MiB.
    const desks: { clientId: string; token: string; log: ReturnType<typeof mutationLog> }[] = [];
    for (let i = 0; i < DESKS; i++) {
      desks.push(
        await (async () => {
        const person = agents[i % agents.length]!;
        const clientId = randomUUID();
        const login = await fetch(`${server.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ employeeNo: person.employeeNo, password: 'Demo@2026', clientId, deviceName: `load ${i}` }),
        });
        const session = (await login.json()) as { accessToken: string };
        return { clientId, token: session.accessToken, log: mutationLog({ id: person.employeeNo, name: person.name, role: 'agent' }) };
        })(),
      );
    }
    await Promise.all(
      desks.map(async (desk) => {
        let cursor = 0;
        for (let round = 0; round < ROUNDS; round++) {
          const create = desk.log.create();
          const batch = [create, desk.log.create(), desk.log.note((create.args as { id: string }).id)];
          await post('/sync/push', desk.token, { clientId: desk.clientId, mutations: batch });
          for (;;) {
            const page = await post('/sync/pull', desk.token, { clientId: desk.clientId, cursor });
            cursor = page.cursor ?? cursor;
            if (!page.hasMore) break;
          }
        }
      }),
    );
    const p99 = percentile(samples, 99);
    return [
      benchLine('sync-load', `${DESKS}-desks-push-and-pull`, {
        ratio: round(p99 / GOAL_P99_MS),
        goal: `≤${GOAL_P99_MS}`,
        p50_ms: round(percentile(samples, 50), 1),
        p95_ms: round(percentile(samples, 95), 1),
        p99_ms: round(p99, 1),
        requests: samples.length,
        seconds: round((Date.now() - started) / 1000, 1),
        rss_mb: rssMb(),
        errors,
      }),
    ];
  } finally {
    await server.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
