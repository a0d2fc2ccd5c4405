import { DEFAULT_ORG_SETTINGS_INPUT } from '../../../shared/org/org-settings-schema';
import type { Migration } from './migration';

const migration: Migration = {
  version: 4,
  name: 'organisation settings: deadlines, phrase book, taxonomy (version 0 = defaults)',
  async up(client) {
    await client.query(`CREATE TABLE org_settings (
         id integer PRIMARY KEY CHECK (id = 1),
         version integer NOT NULL,
         updated_at timestamptz NOT NULL,
         updated_by uuid REFERENCES users (id),
         deadlines jsonb NOT NULL,
         phrases jsonb NOT NULL,
         taxonomy jsonb NOT NULL
       )`);
    const { deadlines, phrases, taxonomy } = DEFAULT_ORG_SETTINGS_INPUT;
    await client.query(
      `INSERT INTO org_settings (id, version, updated_at, deadlines, phrases, taxonomy) VALUES (1, 0, now(), $1, $2, $3)`,
      [JSON.stringify(deadlines), JSON.stringify(phrases), JSON.stringify(taxonomy)],
    );
  },
};

export default migration;
