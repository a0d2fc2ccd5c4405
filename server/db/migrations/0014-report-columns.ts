import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 14,
  name: 'company scale: report columns beside each complaint document, indexes for exports and figures in receipt order',
  up: sql(
    // Written by every push with the document (server/reports/report-columns.ts): what the exports and the
    // figures filter, group and order on, so PostgreSQL answers from an index instead of parsing every document.
    // The due time is not stored: deadlines follow the settings in force, so it is received_at plus the
    // days its complexity allows under the current settings plus the time of its ended suspensions (suspended_ms;
    // suspended_since is the open one's start), computed in each query. Documents of before have no suspensions.
    `ALTER TABLE sync_complaints
       ADD COLUMN received_at timestamptz,
       ADD COLUMN ended_at timestamptz,
       ADD COLUMN status text,
       ADD COLUMN stage text,
       ADD COLUMN complaint_type text,
       ADD COLUMN complaint_subtype text,
       ADD COLUMN channel text,
       ADD COLUMN complexity text,
       ADD COLUMN satisfaction smallint,
       ADD COLUMN suspended_ms bigint NOT NULL DEFAULT 0,
       ADD COLUMN suspended_since timestamptz`,
    `UPDATE sync_complaints SET
       received_at = (document->>'receivedAt')::timestamptz,
       ended_at = (document->>'endedAt')::timestamptz,
       status = document->>'status',
       stage = document->>'stage',
       complaint_type = document->'intake'->>'complaintType',
       complaint_subtype = document->'intake'->>'complaintSubtype',
       channel = document->'intake'->>'channel',
       complexity = COALESCE(document->>'complexity', 'standard'),
       satisfaction = CASE WHEN jsonb_typeof(document->'stages'->'feedback'->'satisfaction') = 'number'
         THEN (document->'stages'->'feedback'->>'satisfaction')::smallint END
     WHERE document ? 'receivedAt'`,
    // The all-branches export and the figures: a date range in receipt order (ids compared as the desk and
    // byReceipt compare them, by code point, whatever the database's collation), the report columns carried in
    // the index so the figures of a quarter are an index-only scan, never a read of a hundred thousand documents.
    // A branch's or a team's figures filter the same entries (branch_id, team_id are in it too).
    `CREATE INDEX sync_complaints_received ON sync_complaints (received_at, id COLLATE "C")
       INCLUDE (status, stage, complaint_type, complaint_subtype, channel, complexity, satisfaction, ended_at, suspended_ms, suspended_since, branch_id, team_id)
       WHERE NOT deleted`,
    // Open complaints by receipt: the agents' load (their assignee is in the document) and a lead's open queue
    // read only these, a tenth of a year's complaints, not the closed ones around them.
    `CREATE INDEX sync_complaints_open ON sync_complaints (received_at) WHERE status = 'open' AND NOT deleted`,
  ),
};

export default migration;
