import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 7,
  name: 'sync calls: the call each synced complaint was taken on, latest snapshot per call',
  up: sql(
    `CREATE TABLE sync_calls (
         id text PRIMARY KEY,
         complaint_id text NOT NULL REFERENCES sync_complaints (id),
         record jsonb NOT NULL
       )`,
    `CREATE INDEX sync_calls_complaint ON sync_calls (complaint_id)`,
  ),
};

export default migration;
