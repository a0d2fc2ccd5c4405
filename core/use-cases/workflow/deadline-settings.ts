import {
  DEFAULT_DEADLINE_SETTINGS,
  DeadlineSettingsSchema,
  type DeadlineSettings,
} from '../../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../../context';

const DEADLINES_KEY = 'workflow.deadlines';

/** The day counts in force; the regulation's defaults until an admin sets others (or if the stored value is corrupt). */
export function readDeadlineSettings(ctx: DeskContext): DeadlineSettings {
  const parsed = DeadlineSettingsSchema.safeParse(ctx.settings.get(DEADLINES_KEY));
  return parsed.success ? parsed.data : DEFAULT_DEADLINE_SETTINGS;
}

export function writeDeadlineSettings(ctx: DeskContext, settings: DeadlineSettings): DeadlineSettings {
  ctx.settings.set(DEADLINES_KEY, settings);
  return readDeadlineSettings(ctx);
}
