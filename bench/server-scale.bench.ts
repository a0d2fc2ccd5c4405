import { readFileSync } from 'node:fs';
import pg from 'pg';
import { DEFAULT_DEADLINE_SETTINGS } from '../shared/domain/workflow/deadlines';
import { openDatabase } from '../server/db/database';
import { regulatoryStatsFromSql, teamReportFromSql } from '../server/reports/report-figures';
import { authenticate, login } from '../server/services/auth';
import { serverContext } from '../server/services/context';
import { pull } from '../server/sync/pull';
import { push } from '../server/sync/push';
import { plansTouching, recordStatements, sequentialScansOf } from '../tests/support/query-plans';
import { mutationLog } from '../tests/support/sync-fixtures';
import { SCALE_AGENTS, scaleDatabase } from './support/scale-database';
import { spawnListening } from './support/spawn-listening';
import { signInAll, syncCaller, type FleetDesk } from './support/sync-fleet';
import { benchLine, percentile, round } from './stats';

const ROWS = Number(process.env.SERVER_SCALE_ROWS ?? 1_000_000);
const DESKS = 10;
const ROUNDS = 15;
const PASSWORD = 'Demo@2026';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const QUARTER = { from: '2026-10-01', to: '2026-12-31' };
const GOALS = { pullP99: 100, pushP99: 100, firstByte: 1000, rss: 300, quarterly: 5 };

/** The server process's resident memory now, from /proc (MB). */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Pushes and pulls of desks of the seeded agents against the server with a million complaints present: each
 * round every desk pushes two new complaints and a note and pulls its feed to the end (the pull figure), then
 * pulls a full page (500 complaints) of its older ones from a random cursor, as a desk's first sync does (its
 * own figure). `DESKS` at a time; one round of warm-up.
 */
async function syncAtScale(url: string, top: number) {
  const people = Array.from({ length: DESKS }, (_, i) => ({ id: `S${String(i * 7).padStart(4, '0')}`, name: `坐席${i * 7}`, role: 'agent' as const }));
  const desks = await signInAll(url, people, PASSWORD);
  const logs = new Map(desks.map((d) => [d.clientId, mutationLog(d.person)]));
  const cursors = new Map(desks.map((d) => [d.clientId, top]));
  const run = async (desk: FleetDesk, pushes: number[], pulls: number[], pages: number[]) => {
    const log = logs.get(desk.clientId)!;
    const create = log.create();
    const mutations = [create, log.create(), log.note((create.args as { id: string }).id)];
    let t0 = performance.now();
    await caller.post('/sync/push', desk.token, { clientId: desk.clientId, mutations });
    pushes.push(performance.now() - t0);
    let cursor = cursors.get(desk.clientId)!;
    for (;;) {
      t0 = performance.now();
      const page = await caller.post<{ cursor: number; hasMore: boolean }>('/sync/pull', desk.token, { clientId: desk.clientId, cursor });
      pulls.push(performance.now() - t0);
      cursor = page.cursor ?? cursor;
      if (!page.hasMore) break;
    }
    cursors.set(desk.clientId, cursor);
    t0 = performance.now();
    await caller.post('/sync/pull', desk.token, { clientId: desk.clientId, cursor: Math.floor(Math.random() * top) });
    pages.push(performance.now() - t0);
  };
  const caller = syncCaller(url);
  const pushes: number[] = [];
  const pulls: number[] = [];
  const pages: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    // Round 0 warms the server (its pools, PostgreSQL's caches) and is not counted.
    const [roundPushes, roundPulls, roundPages] = round === 0 ? [[], [], []] : [pushes, pulls, pages];
    await Promise.all(desks.map((desk) => run(desk, roundPushes, roundPulls, roundPages)));
  }
  return { pushes, pulls, pages, errors: caller.errors() };
}

/** A year of every branch's daily log as XLSX, read as it arrives: first byte, whole file, the server's peak RSS meanwhile. */
async function exportYear(url: string, serverPid: number) {
  const [admin] = await signInAll(url, [{ id: 'M3001', name: '管理员', role: 'admin' }], PASSWORD);
  const idleRss = rssOf(serverPid);
  let peakRss = idleRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(serverPid))), 100);
  try {
    const t0 = performance.now();
    const response = await fetch(`${url}/api/v1/exports/daily-log`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin!.token}` },
      body: JSON.stringify({ range: YEAR, format: 'xlsx', language: 'zh-CN' }),
    });
    if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    const reader = response.body.getReader();
    let firstByteMs = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes === 0) firstByteMs = performance.now() - t0;
      bytes += value.byteLength;
    }
    return { firstByteMs, seconds: (performance.now() - t0) / 1000, bytes, peakRss, idleRss };
  } finally {
    clearInterval(sampler);
  }
}

/** The quarter's 监管统计 and dashboard of every branch, computed by PostgreSQL (the quarterly pack's figures). */
async function quarterly(pool: pg.Pool) {
  const t0 = performance.now();
  const scope = { ...QUARTER, now: new Date() };
  const stats = await regulatoryStatsFromSql(pool, { ...scope, period: '2026-Q4' }, DEFAULT_DEADLINE_SETTINGS, null);
  const report = await teamReportFromSql(pool, scope, DEFAULT_DEADLINE_SETTINGS);
  return { seconds: (performance.now() - t0) / 1000, complaints: stats.total, decided: report.timeToDecision.decided };
}

/**
 * The hot paths' statements as the server sends them (a push, the placer, an agent's, a lead's and an admin's
 * pull, an export page, the figures), EXPLAINed with the planner's own choice at this size: the statements
 * that would read sync_complaints sequentially (printed to stderr; the goal is none).
 */
async function plansAtScale(pool: pg.Pool): Promise<string[]> {
  const ctx = serverContext(pool, () => new Date());
  const sent = await recordStatements(pool, async () => {
    for (const employeeNo of ['S0003', 'L2001', 'M3001']) {
      const clientId = crypto.randomUUID();
      const session = await login(ctx, { employeeNo, password: PASSWORD, clientId, deviceName: 'plans' });
      const actor = await authenticate(ctx, `Bearer ${session.accessToken}`);
      if (employeeNo === 'S0003') {
        const log = mutationLog({ id: employeeNo, name: '坐席3', role: 'agent' });
        await push(ctx, actor, { clientId, mutations: [log.create()] });
      }
      await pull(ctx, actor, { clientId, cursor: 0 });
      await pull(ctx, actor, { clientId, cursor: ROWS / 2 });
    }
    await quarterly(pool);
    await teamReportFromSql(pool, { ...QUARTER, now: new Date(), branchId: (await pool.query<{ id: string }>('SELECT id FROM branches LIMIT 1')).rows[0]!.id }, DEFAULT_DEADLINE_SETTINGS);
  });
  const plans = await plansTouching(pool, sent, 'sync_complaints');
  const scans = sequentialScansOf(plans, 'sync_complaints');
  for (const text of scans) console.error(`[server-scale] sequential scan of sync_complaints: ${text}`);
  return scans;
}

/**
 * server-scale: one server process on PostgreSQL holding 1,000,000 complaints over three years and three
 * branches (its own database, seeded once and reused: bench/support/scale-database.ts). Pull and push p99 of
 * desks syncing meanwhile, a year's all-branches XLSX (first byte, whole, the server's peak RSS), a quarter's
 * figures computed by PostgreSQL, and the hot statements' plans at this size.
 */
export async function benchServerScale(): Promise<string[]> {
  const seeded = await scaleDatabase(ROWS);
  if (seeded.seededNow) console.error(`[server-scale] seeded ${ROWS} complaints in ${round(seeded.seedSeconds, 1)} s`);
  // Opened (and migrated to this code's schema) before the server starts, as the server's own pool is.
  const database = await openDatabase({ databaseUrl: seeded.databaseUrl });
  const pool = database.pool;
  const { child, url, exited } = await spawnListening('bench/support/bench-server-main.ts', { env: { ...process.env, DATABASE_URL: seeded.databaseUrl }, tag: 'server' });
  try {
    // What earlier runs added (pushed complaints, sessions) goes, so every run starts from the same million.
    const top = Number((await pool.query<{ position: string }>('SELECT position FROM sync_feed WHERE id = 1')).rows[0]!.position);
    const scans = await plansAtScale(pool);
    const sync = await syncAtScale(url, top);
    const year = await exportYear(url, child.pid!);
    const quarter = await quarterly(pool);
    const pullP99 = percentile(sync.pulls, 99);
    const pushP99 = percentile(sync.pushes, 99);
    return [
      benchLine('server-scale', `${ROWS}-complaints-3-branches`, {
        ratio: round(Math.max(pullP99 / GOALS.pullP99, pushP99 / GOALS.pushP99, year.firstByteMs / GOALS.firstByte, year.peakRss / GOALS.rss, quarter.seconds / GOALS.quarterly), 2),
        goal: `≤1(pull/push p99 ≤${GOALS.pullP99} ms, first byte ≤${GOALS.firstByte} ms, rss ≤${GOALS.rss} MB, quarterly ≤${GOALS.quarterly} s)`,
        pull_p50_ms: round(percentile(sync.pulls, 50), 1),
        pull_p99_ms: round(pullP99, 1),
        first_sync_page_p50_ms: round(percentile(sync.pages, 50), 1),
        first_sync_page_p99_ms: round(percentile(sync.pages, 99), 1),
        push_p50_ms: round(percentile(sync.pushes, 50), 1),
        push_p99_ms: round(pushP99, 1),
        export_year_first_byte_ms: round(year.firstByteMs, 0),
        export_year_seconds: round(year.seconds, 1),
        export_year_mb: round(year.bytes / 1024 / 1024, 1),
        export_rss_mb: round(year.peakRss, 0),
        server_idle_rss_mb: round(year.idleRss, 0),
        quarterly_seconds: round(quarter.seconds, 2),
        quarterly_complaints: quarter.complaints,
        seq_scans: scans.length,
        errors: sync.errors,
        samples: `pull:${sync.pulls.length},push:${sync.pushes.length},page:${sync.pages.length}`,
        agents: SCALE_AGENTS,
      }),
    ];
  } finally {
    child.kill('SIGTERM');
    await exited;
    await cleanUp(pool, ROWS);
    await database.close();
  }
}

/** Takes out what the run added, so the next run starts from the seeded million (the seed itself stays). */
async function cleanUp(pool: pg.Pool, rows: number) {
  await pool.query('DELETE FROM sync_events WHERE complaint_id IN (SELECT id FROM sync_complaints WHERE position > $1 OR position = 0)', [rows]);
  await pool.query('DELETE FROM sync_calls WHERE complaint_id IN (SELECT id FROM sync_complaints WHERE position > $1 OR position = 0)', [rows]);
  await pool.query('DELETE FROM sync_complaints WHERE position > $1 OR position = 0', [rows]);
  await pool.query('UPDATE sync_feed SET position = $1 WHERE id = 1', [rows]);
}
