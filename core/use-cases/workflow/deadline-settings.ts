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
  return readDeadlineSettings(ctx);
}
