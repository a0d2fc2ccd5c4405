import type { ClockSettings, OrgSettings } from '../../shared/org/org-settings-schema';
import { readOrgSettings } from '../repos/org-settings-repo';
import { requireCapability, type Actor } from './access';
import type { ServerContext } from './context';
import { settingsChanged } from './org-settings-service';

/**
 * An admin replaces the working calendar, the first-contact hours and the return-visit days; they travel with the
 * settings (version up, every desk poked, each fetches them at its next pull and caches them for offline use).
 */
export async function putClockSettings(ctx: ServerContext, actor: Actor, input: ClockSettings): Promise<OrgSettings> {
  requireCapability(actor, 'adminArea');
  await ctx.pool.query('UPDATE org_settings SET clock = $1, version = version + 1, updated_at = $2, updated_by = $3 WHERE id = 1', [
    JSON.stringify(input),
    ctx.clock(),
    actor.userId,
  ]);
  return settingsChanged(ctx, await readOrgSettings(ctx.pool));
}
