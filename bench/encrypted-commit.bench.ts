import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DeskContext } from '../core/context';
import { createDispatcher, type Dispatch } from '../core/dispatcher';
import { EventBus } from '../core/event-bus';
import { memorySettings } from '../core/settings';
import { openDatabase } from '../db/open';
import { TEST_DATABASE_KEY } from '../tests/support/database-key';
import { AGENT, validIntake } from '../tests/support/desk';
import { makeTempDir } from '../tests/support/temp-dir';
import { benchLine, percentile, round, rssMb, timeMsAsync } from './stats';

const ROUNDS = 25;
const PER_ROUND = 40;

function deskOn(path: string, key?: Buffer): { dispatch: Dispatch; close: () => void } {
  const db = openDatabase(path, { key });
  const ctx: DeskContext = { db, clock: () => new Date(), newId: randomUUID, settings: memorySettings({ signedInAgent: AGENT }), events: new EventBus() };
  return { dispatch: createDispatcher(ctx), close: () => db.close() };
}

/**
 * What encryption at rest costs an agent: committing one intake through the dispatcher on the
 * encrypted database against the same on a plaintext one (same pragmas: WAL, synchronous=FULL,
 * secure_delete). Rounds alternate so disk and CPU noise fall on both alike.
 */
export async function benchEncryptedCommit(): Promise<string[]> {
  const { dir, cleanup } = makeTempDir('complaint-desk-bench-');
  try {
    const plain = deskOn(join(dir, 'plain.sqlite'));
    const encrypted = deskOn(join(dir, 'encrypted.sqlite'), TEST_DATABASE_KEY);
    const intake = validIntake();
    const baseline: number[] = [];
    const measured: number[] = [];
    let errors = 0;
    const commit = (dispatch: Dispatch) => async () => {
      if (!(await dispatch('complaints.create', intake)).ok) errors++;
    };
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < PER_ROUND; i++) baseline.push(await timeMsAsync(commit(plain.dispatch)));
      for (let i = 0; i < PER_ROUND; i++) measured.push(await timeMsAsync(commit(encrypted.dispatch)));
    }
    plain.close();
    encrypted.close();
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
        rss_mb: rssMb(),
        errors,
      }),
    ];
  } finally {
    cleanup();
  }
}
