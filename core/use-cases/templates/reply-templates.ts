import { DEFAULT_REPLY_TEMPLATES, ReplyTemplatesSchema, type ReplyTemplate } from '../../../shared/domain/templates/reply-templates';
import type { DeskContext } from '../../context';
import { legacyReplyTemplates } from '../org/legacy-local-settings';
import { ORG_SETTINGS_KEY, saveOrgSettingsPart } from '../org/org-settings';

/** The organisation's templates from its cached settings, when they carry them (a server of before migration 13 sent none). */
function organisationTemplates(ctx: DeskContext): ReplyTemplate[] | null {
  const cached = ctx.settings.get(ORG_SETTINGS_KEY);
  if (typeof cached !== 'object' || cached === null || !('templates' in cached)) return null;
  const parsed = ReplyTemplatesSchema.safeParse((cached as { templates: unknown }).templates);
  return parsed.success ? parsed.data : null;
}

/**
 * The reply templates in force: the organisation's (from the server's settings cache) when present,
 * else this desk's old local edits (before its first online sign-in), else the defaults. The one place every reader goes through.
 */
export function readTemplates(ctx: DeskContext): { templates: ReplyTemplate[]; source: 'organisation' | 'desk' | 'defaults' } {
  const fromOrganisation = organisationTemplates(ctx);
  if (fromOrganisation) return { templates: fromOrganisation, source: 'organisation' };
  const fromDesk = legacyReplyTemplates(ctx);
  return fromDesk ? { templates: fromDesk, source: 'desk' } : { templates: DEFAULT_REPLY_TEMPLATES, source: 'defaults' };
}

/**
 * An admin's edit goes to the server (online only) as part of the organisation's settings, and refreshes
 * the cache; the server pokes every signed-in desk, which fetches them (docs/sync.md).
 */
export async function writeTemplates(ctx: DeskContext, templates: ReplyTemplate[]): Promise<ReturnType<typeof readTemplates>> {
  await saveOrgSettingsPart(ctx, { templates });
  return readTemplates(ctx);
}
