import { ClassifierInfoSchema, MIN_ORGANISATION_EXAMPLES, TrainedClassifierSchema, type ClassifierInfo, type TrainedClassifier, type WatchListInput } from '../../../shared/org/assist';
import { OrgSettingsSchema, type OrgSettings } from '../../../shared/org/org-settings-schema';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { viaServer } from '../../server-link/desk-error-from-server';
import { cacheOrgSettings } from '../../services/org-settings-cache';
import { serverLink } from '../../services/session-link';
import { refreshOrgSettings } from '../org/org-settings';

/** The watch list lives on the server: an admin's change is made there (online only) and cached here at once. */
export async function saveWatchList(ctx: DeskContext, input: WatchListInput): Promise<OrgSettings> {
  const settings = await viaServer(ctx.settings, () => serverLink.call(ctx, { method: 'PUT', route: 'assistWatchList', body: input, answer: OrgSettingsSchema }));
  return cacheOrgSettings(ctx, settings);
}

export const classifierInfo = (ctx: DeskContext): Promise<ClassifierInfo> =>
  viaServer(ctx.settings, () => serverLink.call(ctx, { method: 'GET', route: 'assistClassifierInfo', answer: ClassifierInfoSchema }));

/** Training reads up to 50,000 closed complaints and cuts each into words on the server: minutes at most, not the usual 10 s. */
const TRAINING_TIMEOUT_MS = 300_000;

/**
 * The server trains a new model from the organisation's closed complaints. Its one conflict is too few of them,
 * told with the minimum; the settings (which name the new version) are fetched again so the screens show it.
 */
export async function trainClassifier(ctx: DeskContext): Promise<TrainedClassifier> {
  let trained: TrainedClassifier;
  try {
    trained = await viaServer(ctx.settings, () =>
      serverLink.call(ctx, { method: 'POST', route: 'assistClassifierTrain', body: {}, answer: TrainedClassifierSchema, timeoutMs: TRAINING_TIMEOUT_MS }),
    );
  } catch (error) {
    if (error instanceof DeskError && error.body.code === 'conflict') throw DeskError.of('conflict', 'assistAdmin.classifier.tooFew', { min: MIN_ORGANISATION_EXAMPLES });
    throw error;
  }
  // The training is done whatever happens now; should this fetch fail, the next sync brings the settings (the server poked every desk).
  await refreshOrgSettings(ctx).catch(() => undefined);
  return trained;
}
