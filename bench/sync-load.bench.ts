import { mutationLog } from '../tests/support/sync-fixtures';
import { startBenchServer, type BenchServer } from './support/bench-server';
import { seedAgents, signInAll, syncCaller, type FleetDesk } from './support/sync-fleet';
import { benchLine, percentile, round, rssMb } from './stats';

/** 200 (a shift); `SYNC_LOAD_DESKS` scales it down on a shared machine (the line then names the count it ran). */
const DESKS = Number(process.env.SYNC_LOAD_DESKS ?? 200);
if (!Number.isInteger(DESKS) || DESKS < 1) throw new Error(`SYNC_LOAD_DESKS must be a whole number of desks, not ${process.env.SYNC_LOAD_DESKS}`);
const ROUNDS = 5;
/**
 * A fleet's desks sync at their own moments: each round, every desk once, at a random point of this
 * interval (the desk's runner polls every 30 s when pokes are down; 5 s is six times denser).
 */
const SPREAD_MS = Number(process.env.SYNC_LOAD_SPREAD_MS ?? 5_000);
const GOAL_P99_MS = 100;
/** All at once: a whole shift's desks in the same second (08:30 at a call center). */
const BURST_GOAL_P99_MS = 300;
const PASSWORD = 'Demo@2026';

type Shape = 'spread' | 'burst';

/** One desk's sync: push a batch (two new complaints and a note), then pull its feed to the end. */
async function syncOnce(caller: ReturnType<typeof syncCaller>, desk: FleetDesk, log: ReturnType<typeof mutationLog>, cursor: number): Promise<number> {
  const create = log.create();
  await caller.post('/sync/push', desk.token, { clientId: desk.clientId, mutations: [create, log.create(), log.note((create.args as { id: string }).id)] });
  for (;;) {
    const page = await caller.post<{ cursor: number; hasMore: boolean }>('/sync/pull', desk.token, { clientId: desk.clientId, cursor });
    cursor = page.cursor ?? cursor;
    if (!page.hasMore) return cursor;
  }
}

async function runShape(server: BenchServer, desks: FleetDesk[], shape: Shape): Promise<string> {
  const caller = syncCaller(server.url);
  const started = Date.now();
  const cpuBefore = server.cpuSeconds();
  const clientCpuBefore = process.cpuUsage();
  await Promise.all(
    desks.map(async (desk) => {
      const log = mutationLog(desk.person);
      const offset = Math.random() * SPREAD_MS;
      let cursor = 0;
      for (let round = 0; round < ROUNDS; round++) {
        if (shape === 'spread') {
          const wait = started + round * SPREAD_MS + offset - Date.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
        cursor = await syncOnce(caller, desk, log, cursor);
      }
    }),
  );
  const p99 = percentile(caller.samples, 99);
  const goal = shape === 'spread' ? GOAL_P99_MS : BURST_GOAL_P99_MS;
  const seconds = (Date.now() - started) / 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  return benchLine('sync-load', `${DESKS}-desks-${shape === 'spread' ? `spread-over-${SPREAD_MS / 1000}s` : 'all-at-once'}`, {
    ratio: round(p99 / goal),
    goal: `≤${goal}`,
    p50_ms: round(percentile(caller.samples, 50), 1),
    p95_ms: round(percentile(caller.samples, 95), 1),
    p99_ms: round(p99, 1),
    requests: caller.samples.length,
    samples: caller.samples.length,
    req_per_s: round(caller.samples.length / seconds, 1),
    server_cpu_s: round(server.cpuSeconds() - cpuBefore, 1),
    client_cpu_s: round((clientCpu.user + clientCpu.system) / 1e6, 1),
    seconds: round(seconds, 1),
    rss_mb: rssMb(),
    pool: process.env.DATABASE_POOL_MAX ?? 10,
    errors: caller.errors(),
  });
}

/**
 * sync-load: 200 simulated desks (HTTP clients speaking the sync protocol, no SQLite), one agent each,
 * against one server in its own process on loopback PostgreSQL. Each round a desk pushes two new
 * complaints and a note, then pulls its feed. Two shapes: the fleet as it runs — every desk syncs once
 * per round at its own moment within a 5 s interval (goal p99 ≤ 100 ms) — and all 200 at once, a shift
 * starting (goal p99 ≤ 300 ms). `DATABASE_POOL_MAX` sizes the server's pool (default 10).
 * p50/p99 per request and errors (any non-200 answer).
 */
export async function benchSyncLoad(): Promise<string[]> {
  const server = await startBenchServer('sync_load');
  try {
    const people = await seedAgents(server.databaseUrl, DESKS);
    const only = process.env.SYNC_LOAD_SHAPE as Shape | undefined;
    const lines: string[] = [];
    for (const shape of ['spread', 'burst'] as const) {
      if (only && only !== shape) continue;
      // Each shape starts every desk's outbox afresh: a new sign-in with a new client id (the only kind a desk may sync with) continues nothing.
      const desks = await signInAll(server.url, people, PASSWORD);
      lines.push(await runShape(server, desks, shape));
    }
    return lines;
  } finally {
    await server.close();
  }
}
