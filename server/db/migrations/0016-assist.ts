import { DEFAULT_SCORECARD } from '../../../shared/domain/assist/scorecard';
import { DEFAULT_WATCH_LIST } from '../../../shared/domain/assist/watch-list';
import type { Migration } from './migration';

const migration: Migration = {
  version: 16,
  name: "agent assist: the escalation watch list and the scorecard in the organisation's settings, the trained classifiers",
  async up(client) {
    // The version stays: the list is the default every desk already uses before it is told of one.
    await client.query(`ALTER TABLE org_settings ADD COLUMN watch_list jsonb`);
    await client.query(`UPDATE org_settings SET watch_list = $1`, [JSON.stringify(DEFAULT_WATCH_LIST)]);
    await client.query(`ALTER TABLE org_settings ALTER COLUMN watch_list SET NOT NULL`);
    await client.query(`ALTER TABLE org_settings ADD COLUMN scorecard jsonb`);
    await client.query(`UPDATE org_settings SET scorecard = $1`, [JSON.stringify(DEFAULT_SCORECARD)]);
    await client.query(`ALTER TABLE org_settings ALTER COLUMN scorecard SET NOT NULL`);
    // 0: no organisation model yet (desks use the starting model they ship with).
    await client.query(`ALTER TABLE org_settings ADD COLUMN classifier_version integer NOT NULL DEFAULT 0`);
    await client.query(
      `CREATE TABLE classifier_models (
         version integer PRIMARY KEY CHECK (version > 0),
         trained_at timestamptz NOT NULL,
         trained_by uuid NOT NULL REFERENCES users (id),
         examples integer NOT NULL,
         model jsonb NOT NULL
       )`,
    );
  },
};

export default migration;
