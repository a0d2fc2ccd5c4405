import {
  DeadlineSettingsSchema,
  PhraseBookSchema,
  ReplyTemplatesSchema,
  type DeadlineSettings,
  type PhraseBook,
  type ReplyTemplate,
} from '../../../shared/org/org-settings-schema';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

/** Where a desk kept these before the organisation's settings moved to the server. Read, never deleted. */
const LEGACY_DEADLINES_KEY = 'workflow.deadlines';
const LEGACY_PHRASES_KEY = 'suggestedPhrases.book';
const LEGACY_TEMPLATES_KEY = 'replyTemplates';

export function legacyDeadlineSettings(ctx: DeskContext): DeadlineSettings | null {
  return readSetting(ctx.settings, LEGACY_DEADLINES_KEY, DeadlineSettingsSchema.nullable(), null);
}

export function legacyPhraseBook(ctx: DeskContext): PhraseBook | null {
  return readSetting(ctx.settings, LEGACY_PHRASES_KEY, PhraseBookSchema.nullable(), null);
}

/** The reply templates an admin edited on this desk before the organisation's settings carried them. */
export function legacyReplyTemplates(ctx: DeskContext): ReplyTemplate[] | null {
  return readSetting(ctx.settings, LEGACY_TEMPLATES_KEY, ReplyTemplatesSchema.nullable(), null);
}
