import { trainFromTexts } from '../../assist/classifier';
import { readStartingExamples, type LabelledText } from '../../assist/training-examples';
import type { ClassifierModel } from '../../shared/domain/assist/classifier-model';
import type { Scorecard } from '../../shared/domain/assist/scorecard';
import { COMPLAINT_TYPE_CODES, SUBTYPE_CODE_PATTERN, type ComplaintType } from '../../shared/domain/complaint-types';
import { MIN_ORGANISATION_EXAMPLES, type TrainedClassifier, type WatchListInput } from '../../shared/org/assist';
import type { OrgSettings } from '../../shared/org/org-settings-schema';
import { inTransaction } from '../db/transaction';
import { Problem } from '../problem';
import { closedDescriptions, newestClassifier, storeClassifier } from '../repos/classifier-repo';
import { readOrgSettings } from '../repos/org-settings-repo';
import { requireCapability, type Actor } from './access';
import type { ServerContext } from './context';
import { settingsChanged } from './org-settings-service';

/** An admin replaces the escalation watch list; it travels with the settings (version up, every desk poked). */
export async function putWatchList(ctx: ServerContext, actor: Actor, input: WatchListInput): Promise<OrgSettings> {
  return writeAssistSetting(ctx, actor, 'watch_list', input.phrases);
}

/** An admin replaces the 质检 scorecard; desks score closed complaints with it from their next sync. */
export async function putScorecard(ctx: ServerContext, actor: Actor, scorecard: Scorecard): Promise<OrgSettings> {
  return writeAssistSetting(ctx, actor, 'scorecard', scorecard);
}

async function writeAssistSetting(ctx: ServerContext, actor: Actor, column: 'watch_list' | 'scorecard', value: unknown): Promise<OrgSettings> {
  requireCapability(actor, 'adminArea');
  await ctx.pool.query(`UPDATE org_settings SET ${column} = $1, version = version + 1, updated_at = $2, updated_by = $3 WHERE id = 1`, [
    JSON.stringify(value),
    ctx.clock(),
    actor.userId,
  ]);
  return settingsChanged(ctx, await readOrgSettings(ctx.pool));
}

const isType = (type: string): type is ComplaintType => (COMPLAINT_TYPE_CODES as readonly string[]).includes(type);

/**
 * An admin has the classifier trained on the organisation's closed complaints (their description and the type and
 * subtype they were closed under), together with the starting examples every desk ships with, so a subtype the
 * organisation has closed few of is still known. The new version goes into the settings: every desk is poked and
 * fetches it. Refused (409) below MIN_ORGANISATION_EXAMPLES closed complaints.
 */
export async function trainOrganisationClassifier(ctx: ServerContext, actor: Actor): Promise<TrainedClassifier> {
  requireCapability(actor, 'adminArea');
  const closed = (await closedDescriptions(ctx.pool)).filter(
    (row): row is LabelledText => typeof row.text === 'string' && row.text.trim().length > 0 && isType(row.type) && SUBTYPE_CODE_PATTERN.test(row.subtype),
  );
  if (closed.length < MIN_ORGANISATION_EXAMPLES) {
    throw new Problem('conflict', `only ${closed.length} closed complaints with a description; training needs at least ${MIN_ORGANISATION_EXAMPLES}`);
  }
  const now = ctx.clock();
  const model = trainFromTexts([...readStartingExamples(), ...closed], { version: 0, trainedAt: now.toISOString(), source: 'organisation' });
  const version = await inTransaction(ctx.pool, async (client) => {
    // Two admins training at once take turns for the version number.
    await client.query('LOCK TABLE classifier_models IN EXCLUSIVE MODE');
    return storeClassifier(client, model, actor.userId, now);
  });
  await settingsChanged(ctx, await readOrgSettings(ctx.pool));
  return { version, examples: model.examples, organisationExamples: closed.length, classes: model.classes.length };
}

/** Any signed-in person's desk fetches the newest model (404 while the organisation has none). */
export async function organisationClassifier(ctx: ServerContext, actor: Actor): Promise<ClassifierModel> {
  void actor;
  const model = await newestClassifier(ctx.pool);
  if (!model) throw new Problem('not_found', 'the organisation has no trained classifier yet; desks use the starting model');
  return model;
}
