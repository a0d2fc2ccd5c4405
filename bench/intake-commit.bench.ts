import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { DeskContext } from '../core/context';
import { createDispatcher } from '../core/dispatcher';
import { EventBus } from '../core/event-bus';
import { startSearchIndexer } from '../core/search-indexer';
import { memorySettings } from '../core/settings';
import { makeTempDir } from '../tests/support/temp-dir';
import { AGENT, validIntake } from '../tests/support/desk';
import { rawComplaintInserter } from './support/raw-insert';
import { afterWarmUp, benchLine, percentile, round, rssMb, timeMs, timeMsAsync, WARM_UP_RUNS } from './stats';

const ROUNDS = 25;
const PER_ROUND = 40;

/**
 * An intake as a desk takes them: each from another customer (phone and policy), so the repeat-complaint
 * check finds what it finds on a real desk, not the same customer's hundreds of earlier complaints.
 */
export const aNewCustomersIntake = (n: number) => validIntake({ contactPhone: `139${String(n).padStart(8, '0')}`, policyNumber: `P2026-${String(n).padStart(6, '0')}` });

/** One turn of the event loop, outside the timing: where the desk's indexer runs its batches, as between an agent's commands. */
export const betweenCommands = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Committing one intake (complaint row + timeline event + outbox mutation + its place in the search
 * index queue, through the dispatcher with input and output validation; the desk's indexer running
 * between commits) against a truly raw insert: a plain better-sqlite3 `INSERT` of the same stored row
 * into the same table and indexes with the same pragmas, autocommit, no project code
 * (bench/support/raw-insert.ts). Warm-up runs of both are discarded; rounds alternate between the two
 * so disk and CPU noise fall on both alike.
 */
export async function benchIntakeCommit(): Promise<string[]> {
  const { dir, cleanup } = makeTempDir('complaint-desk-bench-');
  try {
    const db = openDatabase(join(dir, 'desk.sqlite'));
    const events = new EventBus();
    const ctx: DeskContext = { db, clock: () => new Date(), newId: randomUUID, settings: memorySettings({ signedInAgent: AGENT }), events };
    const indexer = startSearchIndexer(db, events);
    ctx.searchIndexer = indexer;
    const dispatch = createDispatcher(ctx);
    let errors = 0;
    let n = 0;
    const commit = async () => {
      if (!(await dispatch('complaints.create', aNewCustomersIntake(n++))).ok) errors++;
    };
    await commit();
    const row = db.prepare('SELECT * FROM complaints LIMIT 1').get() as Record<string, unknown>;
    const raw = rawComplaintInserter(join(dir, 'raw.sqlite'), db, row);

    const baseline: number[] = [];
    const desk: number[] = [];
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      baseline.push(timeMs(() => raw.insert(randomUUID())));
      desk.push(await timeMsAsync(commit));
      await betweenCommands();
    }
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < PER_ROUND; i++) baseline.push(timeMs(() => raw.insert(randomUUID())));
      for (let i = 0; i < PER_ROUND; i++) {
        desk.push(await timeMsAsync(commit));
        await betweenCommands();
      }
    }
    indexer.stop();
    const unindexed = db.prepare('SELECT count(*) FROM search_queue').pluck().get() as number;
    raw.close();
    db.close();

    const measured = afterWarmUp(desk);
    const base = afterWarmUp(baseline);
    const p50 = percentile(measured, 50);
    const p99 = percentile(measured, 99);
    const baseP50 = percentile(base, 50);
    const baseP99 = percentile(base, 99);
    return [
      benchLine('intake-commit', 'commit-one-intake-vs-raw-insert-of-the-row', {
        ratio: round(p50 / baseP50, 2),
        goal: '≤1.5',
        p50_ms: round(p50),
        p99_ms: round(p99),
        p99_ratio: round(p99 / baseP99, 2),
        baseline_p50_ms: round(baseP50),
        baseline_p99_ms: round(baseP99),
        samples: measured.length,
        baseline_samples: base.length,
        warm_up_discarded: WARM_UP_RUNS,
        left_to_index: unindexed,
        rss_mb: rssMb(),
        errors,
      }),
    ];
  } finally {
    cleanup();
  }
}
