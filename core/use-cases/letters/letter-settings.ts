import { z } from 'zod';
import { DEFAULT_CJK_FONT_PATH } from '../../letters/letter-pdf';
import type { TemplateLanguage } from '../../../shared/domain/templates/reply-templates';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

const LETTER_SETTINGS_KEY = 'letters';

export const LetterSettingsSchema = z.object({
  /** The .ttc/.ttf/.otf with Chinese glyphs embedded in every letter. */
  fontPath: z.string().trim().min(1).max(1000),
  /**
   * Who the letter is from, printed at the top and above the date, when the organisation set one; else the
   * letter's own language's default (a Chinese notice carries no English and the other way round).
   */
  letterhead: z.string().trim().min(1).max(200).optional(),
});
export type LetterSettings = z.infer<typeof LetterSettingsSchema>;

export const DEFAULT_LETTER_SETTINGS: LetterSettings = { fontPath: DEFAULT_CJK_FONT_PATH };

/** The letterhead a letter carries when none is set: in the letter's language only. */
export const DEFAULT_LETTERHEADS: Record<TemplateLanguage, string> = { 'zh-CN': '客户服务中心', en: 'Customer Service Centre' };

export function letterheadFor(settings: LetterSettings, language: TemplateLanguage): string {
  return settings.letterhead ?? DEFAULT_LETTERHEADS[language];
}

export function readLetterSettings(ctx: DeskContext): LetterSettings {
  return readSetting(ctx.settings, LETTER_SETTINGS_KEY, LetterSettingsSchema, DEFAULT_LETTER_SETTINGS);
}
