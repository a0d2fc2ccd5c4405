import { benchCallPop } from './call-pop.bench';
import { benchEncryptedCommit } from './encrypted-commit.bench';
import { benchExportXlsx } from './export-xlsx.bench';
import { benchIntakeCommit } from './intake-commit.bench';
import { benchTeamQueue } from './team-queue.bench';
import { benchSyncLatency } from './sync-latency.bench';
import { benchSyncDrain } from './sync-drain.bench';
import { benchFirstSyncUsable } from './first-sync-usable.bench';
import { benchSyncLoad } from './sync-load.bench';
import { benchSearch } from './search.bench';
import { benchServerScale } from './server-scale.bench';
import { benchAssist } from './assist.bench';
import { benchAssignment } from './assignment.bench';

/** npm run bench: every benchmark, one BENCH line per figure. `tsx bench/run.ts search` runs only the ids named. */
const benches: Array<[string, () => Promise<string[]>]> = [
  ['intake-commit', benchIntakeCommit],
  ['encrypted-commit', benchEncryptedCommit],
  ['call-pop', benchCallPop],
  ['team-queue', benchTeamQueue],
  ['export-xlsx', benchExportXlsx],
  ['sync-latency', benchSyncLatency],
  ['sync-load', benchSyncLoad],
  ['sync-drain', benchSyncDrain],
  ['first-sync-usable', benchFirstSyncUsable],
  ['search', benchSearch],
  ['server-scale', benchServerScale],
  ['assist', benchAssist],
  ['assignment', benchAssignment],
];

const only = process.argv.slice(2);
let failed = false;
for (const [name, run] of benches.filter(([id]) => only.length === 0 || only.includes(id))) {
  try {
    for (const line of await run()) console.log(line);
  } catch (error) {
    failed = true;
    console.error(`[bench] ${name} failed`, error);
  }
}
process.exit(failed ? 1 : 0);
