import { DEFAULT_REPLY_TEMPLATES } from '../../../shared/domain/templates/reply-templates';
import type { Migration } from './migration';

const migration: Migration = {
  version: 13,
  name: "reply templates in the organisation's settings (the defaults until an admin edits them)",
  async up(client) {
    // The version stays: the templates are the defaults every desk already had, and a desk fetches them at its next sign-in or settings change.
    await client.query(`ALTER TABLE org_settings ADD COLUMN templates jsonb`);
    await client.query(`UPDATE org_settings SET templates = $1`, [JSON.stringify(DEFAULT_REPLY_TEMPLATES)]);
    await client.query(`ALTER TABLE org_settings ALTER COLUMN templates SET NOT NULL`);
  },
};

export default migration;
