import { NO_ASSIGNMENT_RULES, type AssignmentRules } from '../../../shared/domain/assignment/assignment-rules';
import type { Macro } from '../../../shared/domain/macros/macro';
import { AvailabilityEntrySchema, AvailabilityListSchema, type AvailabilityUpdate } from '../../../shared/org/assignment';
import { OrgSettingsSchema, type OrgSettings } from '../../../shared/org/org-settings-schema';
import type { DeskContext } from '../../context';
import { viaServer } from '../../server-link/desk-error-from-server';
import { cacheOrgSettings, cachedOrgSettings } from '../../services/org-settings-cache';
import { serverLink } from '../../services/session-link';

/** The rules and macros as last fetched with the organisation's settings (none before the first fetch). */
export function assignmentSettings(ctx: DeskContext): { version: number; rules: AssignmentRules; macros: Macro[] } {
  const settings = cachedOrgSettings(ctx);
  return { version: settings?.version ?? 0, rules: settings?.assignment ?? NO_ASSIGNMENT_RULES, macros: settings?.macros ?? [] };
}

/** Rules and macros live on the server: an admin's change is made there (online only) and cached here at once. */
async function saved(ctx: DeskContext, route: 'assignmentRules' | 'macros', body: unknown): Promise<OrgSettings> {
  const settings = await viaServer(ctx.settings, () => serverLink.call(ctx, { method: 'PUT', route, body, answer: OrgSettingsSchema }));
  return cacheOrgSettings(ctx, settings);
}

export const saveAssignmentRules = (ctx: DeskContext, rules: AssignmentRules) => saved(ctx, 'assignmentRules', rules);
export const saveMacros = (ctx: DeskContext, macros: Macro[]) => saved(ctx, 'macros', macros);

export const listAvailability = (ctx: DeskContext) =>
  viaServer(ctx.settings, () => serverLink.call(ctx, { method: 'GET', route: 'availability', answer: AvailabilityListSchema }));

export const setAvailability = (ctx: DeskContext, userId: string, update: AvailabilityUpdate) =>
  viaServer(ctx.settings, () => serverLink.call(ctx, { method: 'PUT', route: 'personAvailability', id: userId, body: update, answer: AvailabilityEntrySchema }));
