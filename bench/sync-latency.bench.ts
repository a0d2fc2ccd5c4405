import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Complaint } from '../shared/domain/complaint';
import { deskClientUuid } from '../core/server-link/client-id';
import { writeServerAddress, writeTokens } from '../core/server-link/link-settings';
import { startSync } from '../core/sync/start-sync';
import { startServer } from '../server/start';
import { makeTestDesk, validIntake } from '../tests/support/desk';
import { benchLine, percentile, round, rssMb } from './stats';

const ADMIN_URL = process.env.SERVER_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DESKS = 20;
/** Commits measured: each is seen by 19 desks, so 570 samples (a p99 needs ≥ 100). */
const COMMITS = 30;
/** Commits made first and not measured (the server's and the desks' first statements, connections). */
const WARM_UP_COMMITS = 3;
const GOAL_P99_MS = 1_000;

/**
 * sync-latency: 20 desks online against one server on loopback PostgreSQL (real HTTP, real sync runner with
 * server-sent pokes); the time from a complaint committed on one desk to its row in the database of
 * another desk that may see it (the lead's and the admin's desks).
 */
export async function benchSyncLatency(): Promise<string[]> {
  const name = `sync_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const server = await startServer({
    databaseUrl: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    port: 0,
    host: '127.0.0.1',
    demoIfEmpty: true,
    limits: { callsPerUser: { max: 10_000_000, windowSeconds: 60 } },
  });
  const people = [
    { id: 'A1001', name: '王芳', role: 'agent' as const },
    ...Array.from({ length: DESKS - 1 }, (_, i) => (i % 2 ? { id: 'L2001', name: '李强', role: 'lead' as const } : { id: 'M3001', name: '陈静', role: 'admin' as const })),
  ];
  const desks = people.map((person) => makeTestDesk({ agent: person, now: new Date() }));
  const started = Date.now();
  let errors = 0;
  try {
    for (const [i, desk] of desks.entries()) {
      const person = people[i]!;
      const response = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ employeeNo: person.id, password: 'Demo@2026', clientId: deskClientUuid(desk.db, person.id), deviceName: `bench ${i}` }),
      });
      const session = (await response.json()) as { accessToken: string; refreshToken: string };
      writeServerAddress(desk.ctx.settings, { url: server.url, ca: null });
      writeTokens(desk.ctx.settings, { employeeNo: person.id, accessToken: session.accessToken, refreshToken: session.refreshToken });
      startSync(desk.ctx, { pollMs: 60_000 });
    }
    await new Promise((r) => setTimeout(r, 1_500));
    const writer = desks[0]!;
    const samples: number[] = [];
    for (let n = 0; n < WARM_UP_COMMITS + COMMITS; n++) {
      const t0 = performance.now();
      const result = await writer.dispatch('complaints.create', validIntake());
      if (!result.ok) {
        errors++;
        continue;
      }
      const id = (result.value as Complaint).id;
      const seen = desks.slice(1).map(
        (desk) =>
          new Promise<number>((resolve) => {
            const check = () => (desk.db.prepare('SELECT 1 FROM complaints WHERE id = ?').get(id) ? resolve(performance.now() - t0) : setTimeout(check, 5));
            check();
          }),
      );
      const times = await Promise.race([Promise.all(seen), new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
      if (!times) errors++;
      else if (n >= WARM_UP_COMMITS) samples.push(...times);
    }
    const p99 = percentile(samples, 99);
    return [
      benchLine('sync-latency', 'commit-on-one-desk-to-applied-on-another', {
        ratio: round(p99 / GOAL_P99_MS),
        goal: `≤${GOAL_P99_MS}`,
        p50_ms: round(percentile(samples, 50), 1),
        p95_ms: round(percentile(samples, 95), 1),
        p99_ms: round(p99, 1),
        seconds: round((Date.now() - started) / 1000, 1),
        samples: samples.length,
        warm_up_discarded: WARM_UP_COMMITS,
        rss_mb: rssMb(),
        errors,
      }),
    ];
  } finally {
    for (const desk of desks) {
      await (desk.ctx.sync as { stop?: () => Promise<void> } | undefined)?.stop?.();
      desk.close();
    }
    await server.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
