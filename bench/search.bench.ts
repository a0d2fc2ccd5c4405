import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeskContext } from '../core/context';
import { EventBus } from '../core/event-bus';
import { memorySettings } from '../core/settings';
import { searchComplaints } from '../core/use-cases/search/search-complaints';
import { inComplaintTransaction } from '../db/complaint-transaction';
import type { WritableDB } from '../db/handles';
import { insertComplaint } from '../db/repositories/complaints';
import { rebuildSearchIndex } from '../db/repositories/search-index';
import { openDatabase } from '../db/open';
import type { Actor } from '../shared/domain/actor';
import { namePinyin } from '../shared/domain/search/name-pinyin';
import { phoneDigitForms } from '../shared/domain/search/phone-keys';
import { generateComplaint, seededRandom } from '../tests/support/search-corpus';
import { benchLine, percentile, round, rssMb, timeMs } from './stats';

/** BENCH_SEARCH_ROWS=20000 for a quick run; the figure of record is 1,000,000. */
const ROWS = Number(process.env.BENCH_SEARCH_ROWS ?? 1_000_000);
const ROUNDS = 10;
const LEAD: Actor = { id: 'L3003', name: '赵强', role: 'lead' };
/** Generated rows are kept here between runs (a million take minutes), and the index built on them per index version. */
const CACHE_DIR = join(tmpdir(), 'complaint-desk-bench');
const ROWS_VERSION = 1;
const INDEX_VERSION = 4;
/**
 * Version 4 is version 3 merged into one FTS5 segment ('optimize', as rebuildSearchIndex now ends): a
 * cached v3 is upgraded so, not rebuilt (a rebuild now also leaves out values inside other values: the
 * same answers from a slightly smaller index, so an upgraded v3 is if anything slower).
 */
const OPTIMIZED_FROM_VERSION = 3;

interface Corpus {
  db: WritableDB;
  path: string;
  buildSeconds: number;
  samples: { names: string[]; phones: string[]; policies: string[] };
}

/** Generates the rows straight into SQLite in one transaction (no index: that is built and timed apart). */
function generateRows(path: string): void {
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const db = openDatabase(building);
  db.pragma('synchronous = OFF');
  const rng = seededRandom(2026);
  inComplaintTransaction(db, (tx) => {
    for (let i = 0; i < ROWS; i++) insertComplaint(tx, generateComplaint(rng, i));
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, path);
}

/** Copies the rows and builds the search index on them, as the migration does for an existing database. */
function buildIndex(rowsPath: string, path: string): number {
  const building = `${path}.building`;
  copyFileSync(rowsPath, building);
  const db = openDatabase(building);
  db.pragma('synchronous = OFF');
  const started = performance.now();
  db.transaction(() => rebuildSearchIndex(db))();
  const buildSeconds = (performance.now() - started) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, path);
  writeFileSync(`${path}.json`, JSON.stringify({ buildSeconds }));
  return buildSeconds;
}

/** Brings an index built before rebuildSearchIndex optimized to the same state by optimizing a copy of it. */
function optimizeIndex(olderPath: string, path: string): number {
  const building = `${path}.building`;
  copyFileSync(olderPath, building);
  const db = openDatabase(building, { migrate: false });
  db.pragma('synchronous = OFF');
  const started = performance.now();
  db.transaction(() => db.exec(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`))();
  const seconds = (performance.now() - started) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, path);
  const buildSeconds = (JSON.parse(readFileSync(`${olderPath}.json`, 'utf8')) as { buildSeconds: number }).buildSeconds + seconds;
  writeFileSync(`${path}.json`, JSON.stringify({ buildSeconds }));
  return buildSeconds;
}

function openCorpus(): Corpus {
  mkdirSync(CACHE_DIR, { recursive: true });
  const rowsPath = join(CACHE_DIR, `search-rows-v${ROWS_VERSION}-${ROWS}.sqlite`);
  const path = join(CACHE_DIR, `search-index-v${INDEX_VERSION}-rows-v${ROWS_VERSION}-${ROWS}.sqlite`);
  const olderPath = join(CACHE_DIR, `search-index-v${OPTIMIZED_FROM_VERSION}-rows-v${ROWS_VERSION}-${ROWS}.sqlite`);
  if (!existsSync(path) && !existsSync(olderPath) && !existsSync(rowsPath)) generateRows(rowsPath);
  const buildSeconds = existsSync(path)
    ? (JSON.parse(readFileSync(`${path}.json`, 'utf8')) as { buildSeconds: number }).buildSeconds
    : existsSync(olderPath)
      ? optimizeIndex(olderPath, path)
      : buildIndex(rowsPath, path);
  const db = openDatabase(path);
  const pickRows = db.prepare(`SELECT customer_name AS name, contact_phone AS phone, policy_number AS policy FROM complaints
      WHERE rowid % ? = 0 LIMIT 20`).all(Math.max(1, Math.floor(ROWS / 20))) as { name: string; phone: string; policy: string }[];
  return {
    db,
    path,
    buildSeconds,
    samples: {
      names: pickRows.map((r) => r.name),
      phones: pickRows.map((r) => phoneDigitForms(r.phone).at(-1)!),
      policies: pickRows.map((r) => r.policy).filter((p) => p !== ''),
    },
  };
}

/** 2–4-character Chinese (common and rare), names, pinyin full and initials, phone tails, whole phones, policy parts. */
function benchQueries(s: Corpus['samples']): string[] {
  const qs = ['理赔', '退保', '手续费', '监管部门', '保费上涨', '签名被冒用', '重疾险理赔', '查勘员'];
  for (let i = 0; i < 4; i++) {
    const name = s.names[i]!;
    const p = namePinyin(name);
    qs.push(name, p.full, p.initials);
    qs.push(s.phones[i]!.slice(-4), s.phones[i + 4]!, s.policies[i]!.slice(-6));
  }
  return qs;
}

export async function benchSearch(): Promise<string[]> {
  const corpus = openCorpus();
  const { db } = corpus;
  const ctx: DeskContext = { db, clock: () => new Date(), newId: () => 'bench', settings: memorySettings({}), events: new EventBus() };
  const queries = benchQueries(corpus.samples);
  let errors = 0;
  const run = (text: string) => {
    const result = searchComplaints(ctx, LEAD, { text, filters: {}, limit: 50 });
    if (result.outcome !== 'results') errors++;
    return result;
  };
  for (const q of queries) run(q); // warm the page cache once

  const times: number[] = [];
  const common: number[] = [];
  const perQuery = new Map<string, number[]>(queries.map((q) => [q, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const ms = timeMs(() => run(q));
      times.push(ms);
      perQuery.get(q)!.push(ms);
      if (q === '理赔') common.push(ms);
    }
  }
  const commonTotal = run('理赔');

  // The baseline: one LIKE scan over the same rows per query, collecting every match (count + first page).
  const scan = db.prepare(`SELECT id FROM complaints WHERE record LIKE ? ORDER BY received_at DESC`).pluck();
  const baseline = ['理赔', '退保', '手续费', corpus.samples.names[0]!, corpus.samples.phones[0]!.slice(-4)].map((q) =>
    timeMs(() => scan.all(`%${q}%`)),
  );

  const pageBytes = (like: string) =>
    db.prepare(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE ?`).pluck().get(like) as number;
  const hasDbstat = (() => {
    try {
      return pageBytes('complaints') > 0;
    } catch {
      return false;
    }
  })();
  const fileMb = statSync(corpus.path).size / 1024 / 1024;
  const indexMb = hasDbstat ? pageBytes('search%') / 1024 / 1024 : Number.NaN;
  const dataMb = hasDbstat ? pageBytes('complaints') / 1024 / 1024 : fileMb;
  db.close();

  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  // Which queries make the tail: the slowest few by their own p95 (BENCH_SEARCH_QUERIES=1 prints them all).
  const slowest = [...perQuery]
    .map(([q, ms]) => ({ q, p50: percentile(ms, 50), p95: percentile(ms, 95) }))
    .sort((a, b) => b.p95 - a.p95)
    .slice(0, process.env.BENCH_SEARCH_QUERIES ? queries.length : 6);
  for (const { q, p50: q50, p95: q95 } of slowest) console.error(`[bench] search query ${JSON.stringify(q)} p50_ms=${round(q50)} p95_ms=${round(q95)}`);
  const baseP50 = percentile(baseline, 50);
  return [
    benchLine('search', `first-page-of-50-ranked-with-capped-total-vs-like-scan-${ROWS}-rows`, {
      ratio: round(baseP50 / p50, 1),
      goal: '≥50',
      p50_ms: round(p50),
      p95_ms: round(p95),
      p99_ms: round(percentile(times, 99)),
      p95_goal_ms: '≤20',
      common_word_p95_ms: round(percentile(common, 95)),
      common_word_total: commonTotal.capped ? `${commonTotal.total}+` : commonTotal.total,
      baseline_like_p50_ms: round(baseP50, 1),
      queries: queries.length,
      samples: times.length,
      seconds: round(times.reduce((a, b) => a + b, 0) / 1000, 2),
      rss_mb: rssMb(),
      errors,
    }),
    benchLine('search', 'index-size-and-build', {
      index_mb: round(indexMb, 1),
      data_mb: round(dataMb, 1),
      file_mb: round(fileMb, 1),
      build_seconds: round(corpus.buildSeconds, 1),
      rows: ROWS,
    }),
  ];
}
