import { DEFAULT_TAXONOMY, OrgSettingsSchema, type OrgSettings, type OrgSettingsInput } from '../../../shared/org/org-settings-schema';
import { may } from '../../../shared/domain/capabilities';
import type { Profile } from '../../../shared/org/user';
import type { DeskContext } from '../../context';
import { viaServer } from '../../server-link/desk-error-from-server';
import { ServerRefusal } from '../../server-link/server-refusal';
import { cacheOrgSettings, cachedOrgSettings, ORG_SETTINGS_KEY } from '../../services/org-settings-cache';
import { serverLink } from '../../services/session-link';
import { legacyDeadlineSettings, legacyPhraseBook, legacyReplyTemplates } from './legacy-local-settings';

export { cachedOrgSettings, ORG_SETTINGS_KEY };

/** Caches them; the stored due dates (what the team queue sorts by) follow the deadline days at once. */
const cache = cacheOrgSettings;

export async function refreshOrgSettings(ctx: DeskContext): Promise<OrgSettings> {
  return viaServer(ctx.settings, async () =>
    cache(ctx, await serverLink.call(ctx, { method: 'GET', route: 'orgSettings', answer: OrgSettingsSchema })),
  );
}

/** An admin's change: to the server (online only), then into the cache. */
export async function saveOrgSettings(ctx: DeskContext, input: OrgSettingsInput): Promise<OrgSettings> {
  return viaServer(ctx.settings, async () =>
    cache(ctx, await serverLink.call(ctx, { method: 'PUT', route: 'orgSettings', body: input, answer: OrgSettingsSchema })),
  );
}

/** Replaces one part of the organisation's settings, starting from the server's current ones (not a stale cache). */
export async function saveOrgSettingsPart(ctx: DeskContext, part: Partial<OrgSettingsInput>): Promise<OrgSettings> {
  const current = await refreshOrgSettings(ctx);
  // A server of before migration 13 sends no templates: then none are sent back (it would refuse them).
  const templates = current.templates === undefined ? {} : { templates: current.templates };
  // Likewise the regulatory settings, only to a server that has them (migration 18).
  const regulatory = current.regulatory === undefined ? {} : { regulatory: current.regulatory };
  return saveOrgSettings(ctx, { deadlines: current.deadlines, phrases: current.phrases, taxonomy: current.taxonomy, ...templates, ...regulatory, ...part });
}

/**
 * The desk's old local deadline days, phrase book and reply templates, moved up once: when an admin signs in online
 * and the server's settings were never edited (version 0). The local values stay where they were.
 */
async function adoptLocalSettingsOnce(ctx: DeskContext, current: OrgSettings): Promise<OrgSettings> {
  const deadlines = legacyDeadlineSettings(ctx);
  const phrases = legacyPhraseBook(ctx);
  // Templates only to a server that has them (one of before migration 13 refuses the field).
  const templates = current.templates === undefined ? null : legacyReplyTemplates(ctx);
  if (current.version !== 0 || (!deadlines && !phrases && !templates)) return current;
  try {
    const adopted = await serverLink.call(ctx, {
      method: 'POST',
      route: 'orgSettingsAdopt',
      body: {
        deadlines: deadlines ?? current.deadlines,
        phrases: phrases ?? current.phrases,
        taxonomy: DEFAULT_TAXONOMY,
        ...(templates ? { templates } : {}),
      },
      answer: OrgSettingsSchema,
    });
    return cache(ctx, adopted);
  } catch (error) {
    // Another desk adopted first (409): its values stand.
    if (error instanceof ServerRefusal && error.status === 409) return refreshOrgSettings(ctx);
    throw error;
  }
}

/** After an online sign-in: fetch the settings (and let an admin's desk adopt its old values). Failing here does not fail the sign-in. */
export async function syncOrgSettingsAfterSignIn(ctx: DeskContext, profile: Profile): Promise<void> {
  try {
    const current = await refreshOrgSettings(ctx);
    if (may(profile, 'adminArea')) await adoptLocalSettingsOnce(ctx, current);
  } catch (error) {
    console.error('[org-settings] could not fetch the organisation settings after sign-in', error instanceof Error ? error.message : error);
  }
}
