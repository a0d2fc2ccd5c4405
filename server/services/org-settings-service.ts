import type { OrgSettings, OrgSettingsInput } from '../../shared/org/org-settings-schema';
import { Problem } from '../problem';
import { readOrgSettings, writeOrgSettings } from '../repos/org-settings-repo';
import { EVERYONE } from '../sync/poke-audience';
import { requireCapability, type Actor } from './access';
import type { ServerContext } from './context';

export const getOrgSettings = (ctx: ServerContext): Promise<OrgSettings> => readOrgSettings(ctx.pool);

/** An admin replaces the settings; the version goes up by one. */
export async function putOrgSettings(ctx: ServerContext, actor: Actor, input: OrgSettingsInput): Promise<OrgSettings> {
  requireCapability(actor, 'adminArea');
  return settingsChanged(ctx, (await writeOrgSettings(ctx.pool, input, actor.userId, ctx.clock()))!);
}

/**
 * New settings poke every connected desk, in this process and (through the relay) the others: each pulls,
 * sees the newer settings version on the page and fetches them. A desk offline now sees it at its next pull.
 */
async function settingsChanged(ctx: ServerContext, settings: OrgSettings): Promise<OrgSettings> {
  try {
    await ctx.pokes.announce(ctx.pool, EVERYONE);
  } catch {
    // The settings are written; a desk not poked sees the new version at its next pull.
  }
  ctx.pokes.poke(EVERYONE);
  return settings;
}

/**
 * A desk's old local values become the organisation's, once: only while the settings were never
 * edited (version 0); afterwards the server's values win and this answers 409.
 */
export async function adoptOrgSettings(ctx: ServerContext, actor: Actor, input: OrgSettingsInput): Promise<OrgSettings> {
  requireCapability(actor, 'adminArea');
  const adopted = await writeOrgSettings(ctx.pool, input, actor.userId, ctx.clock(), 0);
  if (!adopted) throw new Problem('conflict', 'the organisation settings were already set; local values are not adopted');
  return settingsChanged(ctx, adopted);
}
