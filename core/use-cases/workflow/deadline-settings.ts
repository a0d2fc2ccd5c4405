import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from '../../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../../context';
import { legacyDeadlineSettings } from '../org/legacy-local-settings';
import { cachedOrgSettings, saveOrgSettingsPart } from '../org/org-settings';

/**
 * The day counts in force: the organisation's (cached from the server, so offline works); before the
 * first online sign-in, this desk's old local values; else the regulation's defaults.
 */
export function readDeadlineSettings(ctx: DeskContext): DeadlineSettings {
  return cachedOrgSettings(ctx)?.deadlines ?? legacyDeadlineSettings(ctx) ?? DEFAULT_DEADLINE_SETTINGS;
}

/** An admin's change goes to the server (online only) and refreshes the cache. */
export async function writeDeadlineSettings(ctx: DeskContext, deadlines: DeadlineSettings): Promise<DeadlineSettings> {
  return (await saveOrgSettingsPart(ctx, { deadlines })).deadlines;
}
