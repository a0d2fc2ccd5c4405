import { DEFAULT_REPLY_TEMPLATES, ReplyTemplatesSchema, type ReplyTemplate } from '../../../shared/domain/templates/reply-templates';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { readSetting } from '../../settings';

const DESK_TEMPLATES_KEY = 'replyTemplates';
/** Where the accounts work caches the organisation's settings from the server. */
const ORGANISATION_SETTINGS_KEY = 'organisationSettings';

/** Whether the organisation's cached settings carry templates: then the server owns them and the desk's copy is ignored. */
function organisationTemplates(ctx: DeskContext): ReplyTemplate[] | null {
  const cached = ctx.settings.get(ORGANISATION_SETTINGS_KEY);
  if (typeof cached !== 'object' || cached === null || !('templates' in cached)) return null;
  const parsed = ReplyTemplatesSchema.safeParse((cached as { templates: unknown }).templates);
  return parsed.success ? parsed.data : null;
}

/**
 * The reply templates in force: the organisation's (from the server's settings cache) when present,
 * else the admin's edits on this desk, else the defaults. The one place every reader goes through.
 */
export function readTemplates(ctx: DeskContext): { templates: ReplyTemplate[]; source: 'organisation' | 'desk' | 'defaults' } {
  const fromOrganisation = organisationTemplates(ctx);
  if (fromOrganisation) return { templates: fromOrganisation, source: 'organisation' };
  const fromDesk = readSetting<ReplyTemplate[] | null>(ctx.settings, DESK_TEMPLATES_KEY, ReplyTemplatesSchema, null);
  return fromDesk ? { templates: fromDesk, source: 'desk' } : { templates: DEFAULT_REPLY_TEMPLATES, source: 'defaults' };
}

/** An admin's edit; refused while the organisation's settings govern the templates, so an edit is never silently ignored. */
export function writeTemplates(ctx: DeskContext, templates: ReplyTemplate[]): ReturnType<typeof readTemplates> {
  if (organisationTemplates(ctx)) throw DeskError.of('refused', 'templates.error.managedByOrganisation');
  ctx.settings.set(DESK_TEMPLATES_KEY, templates);
  return readTemplates(ctx);
}
