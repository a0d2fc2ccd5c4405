import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 12,
  name: "the server's clock and calls: each mutation's desk time and skew, who recorded each call",
  up: sql(
    // The desk's clock is evidence: what it said, how far it was off the server's, and the time the server used.
    `ALTER TABLE sync_audit ADD COLUMN desk_time timestamptz, ADD COLUMN clock_skew_ms bigint, ADD COLUMN made_at timestamptz`,
    // A push compares a client's times with the last it sent (a clock set back while offline).
    `CREATE INDEX sync_audit_client ON sync_audit (client_id, mutation_id)`,
    // A call belongs to the person who recorded it; the calls of before, to their complaint's taker.
    `ALTER TABLE sync_calls ADD COLUMN recorded_by text`,
    `UPDATE sync_calls k SET recorded_by = lower(c.owner_no) FROM sync_complaints c WHERE c.id = k.complaint_id`,
    `ALTER TABLE sync_calls ALTER COLUMN recorded_by SET NOT NULL`,
  ),
};

export default migration;
