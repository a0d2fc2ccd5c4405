import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 24,
  name: '质检: the scorecard gets its own version, every version kept',
  up: sql(
    // The scorecard stored since migration 16 becomes version 1; the settings version stays (nothing changed for a desk).
    `ALTER TABLE org_settings ADD COLUMN scorecard_version integer NOT NULL DEFAULT 1 CHECK (scorecard_version > 0)`,
    `CREATE TABLE scorecard_versions (
         version integer PRIMARY KEY CHECK (version > 0),
         scorecard jsonb NOT NULL,
         saved_at timestamptz NOT NULL,
         saved_by uuid REFERENCES users (id)
       )`,
    `INSERT INTO scorecard_versions (version, scorecard, saved_at, saved_by) SELECT 1, scorecard, updated_at, NULL FROM org_settings WHERE id = 1`,
  ),
};

export default migration;
