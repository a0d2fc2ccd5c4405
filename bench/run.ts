import { benchCallPop } from './call-pop.bench';
import { benchEncryptedCommit } from './encrypted-commit.bench';
import { benchIntakeCommit } from './intake-commit.bench';
import { benchSyncLatency } from './sync-latency.bench';
import { benchSyncLoad } from './sync-load.bench';

/** npm run bench: every benchmark, one BENCH line per figure. */
const benches: Array<[string, () => Promise<string[]>]> = [
  ['intake-commit', benchIntakeCommit],
  ['encrypted-commit', benchEncryptedCommit],
  ['call-pop', benchCallPop],
  ['sync-latency', benchSyncLatency],
  ['sync-load', benchSyncLoad],
];

let failed = false;
for (const [name, run] of benches) {
  try {
    for (const line of await run()) console.log(line);
  } catch (error) {
    failed = true;
    console.error(`[bench] ${name} failed`, error);
  }
}
process.exit(failed ? 1 : 0);
