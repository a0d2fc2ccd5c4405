import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { createDispatcher } from '../core/dispatcher';
import { makeTempDir } from '../tests/support/temp-dir';
import { benchContext, seedTeam } from './support/team-desk';
import { benchLine, percentile, round, rssMb, timeMsAsync, WARM_UP_RUNS } from './stats';

const COMPLAINTS = 100_000;
const ROUNDS = 20;
const PER_ROUND = 10;
const TEAM_QUEUE_INDEXES = ['complaints_due', 'complaints_status_due_suspended', 'complaints_stage_due', 'complaints_type_due', 'complaints_assignee_due', 'complaints_received_utc', 'complaints_channel'];

/** First pages a lead asks for: a filter and a sort each (the count of the whole filter included). */
const QUERIES = [
  { filter: { stage: 'analysis' }, sortBy: 'dueAt', direction: 'asc' },
  { filter: { complaintType: 'claims_dispute' }, sortBy: 'dueAt', direction: 'asc' },
  { filter: { assigneeId: 'A1007' }, sortBy: 'dueAt', direction: 'desc' },
  { filter: { deadlineState: 'overdue' }, sortBy: 'dueAt', direction: 'asc' },
  { filter: { channel: 'regulator' }, sortBy: 'receivedAt', direction: 'desc' },
] as const;

/**
 * The team queue's first page of 50 over 100k complaints through the dispatcher, against the same
 * queries on a copy of the database without the team-queue indexes, rounds alternating.
 */
export async function benchTeamQueue(): Promise<string[]> {
  const { dir, cleanup } = makeTempDir('complaint-desk-bench-');
  try {
    const seeded = openDatabase(join(dir, 'desk.sqlite'));
    seedTeam(seeded, COMPLAINTS);
    seeded.pragma('wal_checkpoint(TRUNCATE)');
    seeded.close();
    copyFileSync(join(dir, 'desk.sqlite'), join(dir, 'bare.sqlite'));
    const bare = openDatabase(join(dir, 'bare.sqlite'));
    for (const index of TEAM_QUEUE_INDEXES) bare.exec(`DROP INDEX ${index}`);
    const db = openDatabase(join(dir, 'desk.sqlite'));
    const indexed = createDispatcher(benchContext(db));
    const unindexed = createDispatcher(benchContext(bare));

    const withIndexes: number[] = [];
    const without: number[] = [];
    let errors = 0;
    const run = async (dispatch: typeof indexed, into: number[], i: number) => {
      const query = QUERIES[i % QUERIES.length]!;
      into.push(
        await timeMsAsync(async () => {
          const result = await dispatch('team.queue', { ...query, limit: 50 });
          if (!result.ok || (result.value as { items: unknown[] }).items.length === 0) errors++;
        }),
      );
    };
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      await run(indexed, withIndexes, i);
      await run(unindexed, without, i);
    }
    withIndexes.length = 0;
    without.length = 0;
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < PER_ROUND; i++) await run(indexed, withIndexes, r * PER_ROUND + i);
      for (let i = 0; i < PER_ROUND / 2; i++) await run(unindexed, without, r * PER_ROUND + i);
    }
    db.close();
    bare.close();
    const p50 = percentile(withIndexes, 50);
    const p99 = percentile(withIndexes, 99);
    return [
      benchLine('team-queue', 'first-page-100k-filter-sort-vs-no-indexes', {
        ratio: round(p50 / percentile(without, 50), 3),
        goal: '≤50ms-p99',
        p50_ms: round(p50),
        p95_ms: round(percentile(withIndexes, 95)),
        p99_ms: round(p99),
        baseline_p50_ms: round(percentile(without, 50)),
        baseline_p99_ms: round(percentile(without, 99)),
        samples: withIndexes.length,
        baseline_samples: without.length,
        warm_up_discarded: WARM_UP_RUNS,
        rss_mb: rssMb(),
        errors,
      }),
    ];
  } finally {
    cleanup();
  }
}
