import { DEFAULT_CLOCK_SETTINGS } from '../../../shared/domain/calendar/clock-settings';
import type { Migration } from './migration';

const migration: Migration = {
  version: 17,
  name: "the working calendar (holidays and 调休 days per year), first-contact hours and return-visit days in the organisation's settings",
  async up(client) {
    // The version stays: the defaults (the 2026 schedule) are what every desk already reads when its cached settings have none.
    await client.query(`ALTER TABLE org_settings ADD COLUMN clock jsonb`);
    await client.query(`UPDATE org_settings SET clock = $1`, [JSON.stringify(DEFAULT_CLOCK_SETTINGS)]);
    await client.query(`ALTER TABLE org_settings ALTER COLUMN clock SET NOT NULL`);
  },
};

export default migration;
