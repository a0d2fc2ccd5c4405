import { DisplaySettingsSchema, type DisplaySettings } from '../../../shared/api/display';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

const DISPLAY_KEY = 'display';

/** This desk's look; the standard contrast until someone switches. */
export function readDisplaySettings(ctx: DeskContext): DisplaySettings {
  return readSetting(ctx.settings, DISPLAY_KEY, DisplaySettingsSchema, { highContrast: false });
}

export function writeDisplaySettings(ctx: DeskContext, input: DisplaySettings): DisplaySettings {
  ctx.settings.set(DISPLAY_KEY, input);
  return readDisplaySettings(ctx);
}
