import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DeskContext } from '../core/context';
import { createDispatcher, type Dispatch } from '../core/dispatcher';
import { EventBus } from '../core/event-bus';
import { memorySettings } from '../core/settings';
import { openDatabase } from '../db/open';
import { TEST_DATABASE_KEY } from '../tests/support/database-key';
import { AGENT } from '../tests/support/desk';
import { makeTempDir } from '../tests/support/temp-dir';
import { startSearchIndexer } from '../core/search-indexer';
import { aNewCustomersIntake, betweenCommands } from './intake-commit.bench';
import { afterWarmUp, benchLine, percentile, round, rssMb, timeMsAsync, WARM_UP_RUNS } from './stats';

const ROUNDS = 25;
const PER_ROUND = 40;

/** A desk as openDesk makes it, with its indexer draining the search index queue between commands. */
function deskOn(path: string, key?: Buffer): { dispatch: Dispatch; close: () => void } {
  const db = openDatabase(path, { key });
  const events = new EventBus();
  const ctx: DeskContext = { db, clock: () => new Date(), newId: randomUUID, settings: memorySettings({ signedInAgent: AGENT }), events };
  const indexer = startSearchIndexer(db, events);
  ctx.searchIndexer = indexer;
  return {
    dispatch: createDispatcher(ctx),
    close: () => {
      indexer.stop();
      db.close();
    },
  };
}

/**
 * What encryption at rest costs an agent: committing one intake through the dispatcher on the
 * encrypted database against the same on a plaintext one (same pragmas: WAL, synchronous=FULL,
 * secure_delete), each desk's indexer running between commits. Warm-up runs are discarded; rounds
 * alternate so disk and CPU noise fall on both alike.
 */
export async function benchEncryptedCommit(): Promise<string[]> {
  const { dir, cleanup } = makeTempDir('complaint-desk-bench-');
  try {
    const plain = deskOn(join(dir, 'plain.sqlite'));
    const encrypted = deskOn(join(dir, 'encrypted.sqlite'), TEST_DATABASE_KEY);
    let n = 0;
    const baseline: number[] = [];
    const measured: number[] = [];
    let errors = 0;
    const commit = (dispatch: Dispatch) => async () => {
      if (!(await dispatch('complaints.create', aNewCustomersIntake(n++))).ok) errors++;
    };
    const sample = async (into: number[], dispatch: Dispatch) => {
      into.push(await timeMsAsync(commit(dispatch)));
      await betweenCommands();
    };
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      await sample(baseline, plain.dispatch);
      await sample(measured, encrypted.dispatch);
    }
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < PER_ROUND; i++) await sample(baseline, plain.dispatch);
      for (let i = 0; i < PER_ROUND; i++) await sample(measured, encrypted.dispatch);
    }
    plain.close();
    encrypted.close();
    baseline.splice(0, baseline.length, ...afterWarmUp(baseline));
    measured.splice(0, measured.length, ...afterWarmUp(measured));
    const p50 = percentile(measured, 50);
    const p95 = percentile(measured, 95);
    const p99 = percentile(measured, 99);
    return [
      benchLine('encrypted-commit', 'commit-one-intake-encrypted-vs-plaintext', {
        ratio: round(p50 / percentile(baseline, 50), 2),
        goal: '≤1.5',
        p50_ms: round(p50),
        p95_ms: round(p95),
        p99_ms: round(p99),
        p99_ratio: round(p99 / percentile(baseline, 99), 2),
        baseline_p50_ms: round(percentile(baseline, 50)),
        baseline_p99_ms: round(percentile(baseline, 99)),
        samples: measured.length,
        baseline_samples: baseline.length,
        warm_up_discarded: WARM_UP_RUNS,
        rss_mb: rssMb(),
        errors,
      }),
    ];
  } finally {
    cleanup();
  }
}
