import { DEFAULT_REGULATORY_SETTINGS } from '../../../shared/domain/regulatory/regulatory-settings';
import type { Migration } from './migration';

const migration: Migration = {
  version: 18,
  name: "the regulator's classification, repeat window and quarterly denominators in the organisation's settings",
  async up(client) {
    // The version stays: the seeds are what every desk already reads when its cached settings have none.
    await client.query(`ALTER TABLE org_settings ADD COLUMN regulatory jsonb`);
    await client.query(`UPDATE org_settings SET regulatory = $1`, [JSON.stringify(DEFAULT_REGULATORY_SETTINGS)]);
    await client.query(`ALTER TABLE org_settings ALTER COLUMN regulatory SET NOT NULL`);
    // The repeat-complaint rule looks up a new complaint's policy among all complaints (server/sync/earlier-complaints-repo.ts).
    await client.query(`CREATE INDEX sync_complaints_policy ON sync_complaints (upper(document->'intake'->>'policyNumber'))`);
  },
};

export default migration;
