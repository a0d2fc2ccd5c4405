import { z } from 'zod';
import { DEFAULT_CJK_FONT_PATH } from '../../letters/letter-pdf';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

const LETTER_SETTINGS_KEY = 'letters';

export const LetterSettingsSchema = z.object({
  /** The .ttc/.ttf/.otf with Chinese glyphs embedded in every letter. */
  fontPath: z.string().trim().min(1).max(1000),
  /** Who the letter is from, printed at the top and above the date. */
  letterhead: z.string().trim().min(1).max(200),
});
export type LetterSettings = z.infer<typeof LetterSettingsSchema>;

export const DEFAULT_LETTER_SETTINGS: LetterSettings = { fontPath: DEFAULT_CJK_FONT_PATH, letterhead: '客户服务中心 Customer Service Centre' };

export function readLetterSettings(ctx: DeskContext): LetterSettings {
  return readSetting(ctx.settings, LETTER_SETTINGS_KEY, LetterSettingsSchema, DEFAULT_LETTER_SETTINGS);
}
