import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { ComplaintWriteDB } from '../db/handles';
import { insertComplaint } from '../db/repositories/complaints';
import { createComplaint } from '../shared/domain/commands/create-complaint';
import { Intake } from '../shared/domain/intake';
import type { DeskContext } from '../core/context';
import { createDispatcher } from '../core/dispatcher';
import { EventBus } from '../core/event-bus';
import { memorySettings } from '../core/settings';
import { makeTempDir } from '../tests/support/temp-dir';
import { AGENT, validIntake } from '../tests/support/desk';
import { benchLine, percentile, round, rssMb, timeMs, timeMsAsync } from './stats';

const ROUNDS = 25;
const PER_ROUND = 40;

/**
 * Committing one intake (complaint row + timeline event + outbox mutation, through the dispatcher with
 * input and output validation) against a raw better-sqlite3 insert of the same complaint row into the
 * same schema with the same pragmas (WAL, synchronous=FULL), as an autocommit statement.
 * Rounds alternate between the two so disk and CPU noise fall on both alike.
 */
export async function benchIntakeCommit(): Promise<string[]> {
  const { dir, cleanup } = makeTempDir('complaint-desk-bench-');
  try {
    const raw = openDatabase(join(dir, 'raw.sqlite'));
    const template = createComplaint({ id: 'template', number: 'TS-0', eventId: 'e', intake: Intake.parse(validIntake()) }, AGENT, new Date()).complaint;
    // The baseline is the bare autocommit row insert, outside record-change's transaction on purpose.
    const rawRow = raw as ComplaintWriteDB;
    const insertRaw = (id: string) => insertComplaint(rawRow, { ...template, id, number: id });

    const db = openDatabase(join(dir, 'desk.sqlite'));
    const ctx: DeskContext = { db, clock: () => new Date(), newId: randomUUID, settings: memorySettings({ 'signedInAgent': AGENT }), events: new EventBus() };
    const dispatch = createDispatcher(ctx);
    const intake = validIntake();

    const baseline: number[] = [];
    const desk: number[] = [];
    let errors = 0;
    for (let r = 0; r < ROUNDS; r++) {
      for (let i = 0; i < PER_ROUND; i++) baseline.push(timeMs(() => insertRaw(randomUUID())));
      for (let i = 0; i < PER_ROUND; i++) {
        desk.push(
          await timeMsAsync(async () => {
            const result = await dispatch('complaints.create', intake);
            if (!result.ok) errors++;
          }),
        );
      }
    }
    raw.close();
    db.close();

    const p50 = percentile(desk, 50);
    const p99 = percentile(desk, 99);
    const baseP50 = percentile(baseline, 50);
    const baseP99 = percentile(baseline, 99);
    return [
      benchLine('intake-commit', 'commit-one-intake-vs-raw-row-insert', {
        ratio: round(p50 / baseP50, 2),
        goal: '≤2',
        p50_ms: round(p50),
        p99_ms: round(p99),
        p99_ratio: round(p99 / baseP99, 2),
        baseline_p50_ms: round(baseP50),
        baseline_p99_ms: round(baseP99),
        samples: desk.length,
        rss_mb: rssMb(),
        errors,
      }),
    ];
  } finally {
    cleanup();
  }
}
