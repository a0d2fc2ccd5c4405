import { clockOf, OrgSettingsSchema, type ClockSettings, type OrgSettings } from '../../../shared/org/org-settings-schema';
import type { DeskContext } from '../../context';
import type { Actor } from '../../../shared/domain/actor';
import { firstContactOf, type FirstContactInfo } from '../../../shared/domain/workflow/first-contact';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { viaServer } from '../../server-link/desk-error-from-server';
import { cacheOrgSettings, cachedOrgSettings } from '../../services/org-settings-cache';
import { serverLink } from '../../services/session-link';

/** The working calendar and the working-day clocks as last fetched with the organisation's settings (the defaults before). */
export const clockSettings = (ctx: DeskContext): ClockSettings => clockOf(cachedOrgSettings(ctx));

/** They live on the server: an admin's change is made there (online only) and cached here at once. */
export async function saveClockSettings(ctx: DeskContext, input: ClockSettings): Promise<OrgSettings> {
  const settings = await viaServer(ctx.settings, () => serverLink.call(ctx, { method: 'PUT', route: 'clockSettings', body: input, answer: OrgSettingsSchema }));
  return cacheOrgSettings(ctx, settings);
}

/** A complaint's first contact (within the actor's scope) against the organisation's working-hours limit. */
export function complaintFirstContact(ctx: DeskContext, actor: Actor, id: string): FirstContactInfo {
  return firstContactOf(loadComplaintFor(ctx.db, id, actor), clockSettings(ctx), ctx.clock());
}
