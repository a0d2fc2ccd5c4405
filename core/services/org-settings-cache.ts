import { applyDeadlineDays, deadlineDaysOf } from '../../db/repositories/deadline-days';
import { OrgSettingsSchema, type OrgSettings } from '../../shared/org/org-settings-schema';
import type { DeskContext } from '../context';
import { readSetting } from '../settings';

export const ORG_SETTINGS_KEY = 'organisationSettings';

/** The organisation's settings as last fetched from the server (null before the first online sign-in). */
export function cachedOrgSettings(ctx: DeskContext): OrgSettings | null {
  return readSetting(ctx.settings, ORG_SETTINGS_KEY, OrgSettingsSchema.nullable(), null);
}

/**
 * Caches the server's settings; the stored due dates (what queues, reminders and exports read) follow the
 * deadline days at once, and a new version is announced (`orgSettings.changed`) so the screens refresh.
 */
export function cacheOrgSettings(ctx: DeskContext, settings: OrgSettings): OrgSettings {
  const before = cachedOrgSettings(ctx);
  ctx.settings.set(ORG_SETTINGS_KEY, settings);
  const recomputed = applyDeadlineDays(ctx.db, deadlineDaysOf(settings.deadlines));
  if (before?.version !== settings.version || recomputed > 0) {
    (ctx.events as DeskContext['events'] | undefined)?.emit('orgSettings.changed', { version: settings.version });
  }
  return settings;
}
