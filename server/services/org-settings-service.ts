import type { OrgSettings, OrgSettingsInput } from '../../shared/org/org-settings-schema';
import { droppedCodes, regulatoryOf } from '../../shared/domain/regulatory/regulatory-settings';
import { fieldProblem, Problem } from '../problem';
import { readOrgSettings, writeOrgSettings } from '../repos/org-settings-repo';
import { EVERYONE } from '../sync/poke-audience';
import { requireCapability, type Actor } from './access';
import type { ServerContext } from './context';

export const getOrgSettings = (ctx: ServerContext): Promise<OrgSettings> => readOrgSettings(ctx.pool);

/** An admin replaces the settings; the version goes up by one. */
export async function putOrgSettings(ctx: ServerContext, actor: Actor, input: OrgSettingsInput): Promise<OrgSettings> {
  requireCapability(actor, 'adminArea');
  await refuseDroppedCodes(ctx, input);
  return settingsChanged(ctx, (await writeOrgSettings(ctx.pool, input, actor.userId, ctx.clock()))!);
}

/**
 * A reason or line code once offered keeps its meaning: complaints were registered under it. Dropping one is
 * refused (400, naming the codes); the admin retires it instead. The check reads the stored settings outside
 * the write: two admins removing codes at once can only both be refused or write what one of them checked.
 */
async function refuseDroppedCodes(ctx: ServerContext, input: OrgSettingsInput): Promise<void> {
  if (!input.regulatory) return;
  const dropped = droppedCodes(regulatoryOf(await readOrgSettings(ctx.pool)).classification, input.regulatory.classification);
  if (dropped.length > 0) {
    throw fieldProblem('regulatory.classification', 'code_dropped', `codes in use cannot be removed, retire them instead: ${dropped.join(', ')}`);
  }
}

/**
 * New settings poke every connected desk, in this process and (through the relay) the others: each pulls,
 * sees the newer settings version on the page and fetches them. A desk offline now sees it at its next pull.
 */
export async function settingsChanged(ctx: ServerContext, settings: OrgSettings): Promise<OrgSettings> {
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
