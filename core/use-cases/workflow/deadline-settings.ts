import { applyDeadlineDays } from '../../../db/repositories/deadline-days';
import {
  DEFAULT_DEADLINE_SETTINGS,
  DeadlineSettingsSchema,
  type DeadlineSettings,
} from '../../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

const DEADLINES_KEY = 'workflow.deadlines';

/** The day counts in force; the regulation's defaults until an admin sets others (or if the stored value is corrupt). */
export function readDeadlineSettings(ctx: DeskContext): DeadlineSettings {
  return readSetting(ctx.settings, DEADLINES_KEY, DeadlineSettingsSchema, DEFAULT_DEADLINE_SETTINGS);
}

export function writeDeadlineSettings(ctx: DeskContext, settings: DeadlineSettings): DeadlineSettings {
  ctx.settings.set(DEADLINES_KEY, settings);
  syncStoredDueDates(ctx);
  return readDeadlineSettings(ctx);
}

/** The stored due dates (due_at, what the team queue sorts and filters by) follow the settings in force. */
export function syncStoredDueDates(ctx: DeskContext): number {
  const s = readDeadlineSettings(ctx);
  return applyDeadlineDays(ctx.db, { standard: s.standardDays, complex: s.complexDays, especiallyComplex: s.complexDays + s.extensionDays });
}
