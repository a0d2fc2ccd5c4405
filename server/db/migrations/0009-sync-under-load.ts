import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 9,
  name: 'sync under load: agents pull by index, changes wait at position 0 for the feed placer, throttle counters unlogged',
  up: sql(
    // An agent's pull asks lower(owner_no) = me OR lower(assignee_no) = me after a position: one index for each side.
    `CREATE INDEX sync_complaints_owner ON sync_complaints (lower(owner_no), position)`,
    `CREATE INDEX sync_complaints_assignee ON sync_complaints (lower(assignee_no), position)`,
    // No query reads this one (it compared case-sensitively); every push paid for it.
    `DROP INDEX sync_complaints_people`,
    // Pushes write at position 0; the feed placer finds what waits there.
    `CREATE INDEX sync_complaints_waiting ON sync_complaints (id) WHERE position = 0`,
    `CREATE INDEX sync_removals_waiting ON sync_removals (complaint_id) WHERE position = 0`,
    // Every signed-in call counts a hit: unlogged, its commit waits for no disk flush. A crash empties
    // it (PostgreSQL truncates unlogged tables in recovery): the windows start again, nothing else is lost.
    `ALTER TABLE rate_limit_windows SET UNLOGGED`,
  ),
};

export default migration;
