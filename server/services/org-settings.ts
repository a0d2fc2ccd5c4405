import type { OrgSettings, OrgSettingsInput } from '../../shared/org/org-settings';
import { Problem } from '../problem';
import { readOrgSettings, writeOrgSettings } from '../repos/org-settings';
import { requireRole, type Actor } from './access';
import type { ServerContext } from './context';

export const getOrgSettings = (ctx: ServerContext): Promise<OrgSettings> => readOrgSettings(ctx.pool);

/** An admin replaces the settings; the version goes up by one. */
export async function putOrgSettings(ctx: ServerContext, actor: Actor, input: OrgSettingsInput): Promise<OrgSettings> {
  requireRole(actor, 'admin');
  return (await writeOrgSettings(ctx.pool, input, actor.userId, ctx.clock()))!;
}

/**
 * A desk's old local values become the organisation's, once: only while the settings were never
 * edited (version 0); afterwards the server's values win and this answers 409.
 */
export async function adoptOrgSettings(ctx: ServerContext, actor: Actor, input: OrgSettingsInput): Promise<OrgSettings> {
  requireRole(actor, 'admin');
  const adopted = await writeOrgSettings(ctx.pool, input, actor.userId, ctx.clock(), 0);
  if (!adopted) throw new Problem('conflict', 'the organisation settings were already set; local values are not adopted');
  return adopted;
}
