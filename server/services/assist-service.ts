import { trainForOrganisation } from '../../assist/organisation-training';
import { readStartingExamples, type LabelledText } from '../../assist/training-examples';
import type { ClassifierModel } from '../../shared/domain/assist/classifier-model';
import type { Scorecard } from '../../shared/domain/assist/scorecard';
import { COMPLAINT_TYPE_CODES, SUBTYPE_CODE_PATTERN, type ComplaintType } from '../../shared/domain/complaint-types';
import { MIN_ORGANISATION_EXAMPLES, type ClassifierInfo, type TrainedClassifier, type WatchListInput } from '../../shared/org/assist';
import type { OrgSettings } from '../../shared/org/org-settings-schema';
import { inTransaction } from '../db/transaction';
import { Problem } from '../problem';
import { closedDescriptions, newestClassifier, newestClassifierInfo, storeClassifier } from '../repos/classifier-repo';
import { readOrgSettings } from '../repos/org-settings-repo';
import { requireCapability, type Actor } from './access';
import type { ServerContext } from './context';
import { settingsChanged } from './org-settings-service';

/** An admin replaces the escalation watch list; it travels with the settings (version up, every desk poked). */
export async function putWatchList(ctx: ServerContext, actor: Actor, input: WatchListInput): Promise<OrgSettings> {
  return writeAssistSetting(ctx, actor, 'watch_list', input.phrases);
}

/**
 * An admin replaces the 质检 scorecard: its own version +1 (kept in scorecard_versions), the settings' version +1 so
 * every desk fetches it. Complaints closed from now on are scored with it; those closed before keep their score.
 */
export async function putScorecard(ctx: ServerContext, actor: Actor, scorecard: Scorecard): Promise<OrgSettings> {
  requireCapability(actor, 'adminArea');
  const now = ctx.clock();
  await inTransaction(ctx.pool, async (client) => {
    // The row lock makes two admins saving at once take turns for the version number.
    const { rows } = await client.query<{ scorecard_version: number }>(
      `UPDATE org_settings SET scorecard = $1, scorecard_version = scorecard_version + 1, version = version + 1, updated_at = $2, updated_by = $3
        WHERE id = 1 RETURNING scorecard_version`,
      [JSON.stringify(scorecard), now, actor.userId],
    );
    await client.query(`INSERT INTO scorecard_versions (version, scorecard, saved_at, saved_by) VALUES ($1, $2, $3, $4)`, [
      rows[0]!.scorecard_version,
      JSON.stringify(scorecard),
      now,
      actor.userId,
    ]);
  });
  return settingsChanged(ctx, await readOrgSettings(ctx.pool));
}

async function writeAssistSetting(ctx: ServerContext, actor: Actor, column: 'watch_list', value: unknown): Promise<OrgSettings> {
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
 * fetches it. Refused (409) below MIN_ORGANISATION_EXAMPLES closed complaints. The answer carries the score of a trial
 * model on every fifth closed complaint it did not learn from (assist/organisation-training.ts).
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
  const { model, score } = trainForOrganisation(readStartingExamples(), closed, { version: 0, trainedAt: now.toISOString() });
  const version = await inTransaction(ctx.pool, async (client) => {
    // Two admins training at once take turns for the version number.
    await client.query('LOCK TABLE classifier_models IN EXCLUSIVE MODE');
    return storeClassifier(client, model, actor.userId, now);
  });
  await settingsChanged(ctx, await readOrgSettings(ctx.pool));
  return { version, examples: model.examples, organisationExamples: closed.length, classes: model.classes.length, heldBack: score };
}

/** An admin's screen: the newest model's version, date, trainer and size (null while there is none). */
export async function classifierInfo(ctx: ServerContext, actor: Actor): Promise<ClassifierInfo> {
  requireCapability(actor, 'adminArea');
  return { model: await newestClassifierInfo(ctx.pool) };
}

/** Any signed-in person's desk fetches the newest model (404 while the organisation has none). */
export async function organisationClassifier(ctx: ServerContext, actor: Actor): Promise<ClassifierModel> {
  void actor;
  const model = await newestClassifier(ctx.pool);
  if (!model) throw new Problem('not_found', 'the organisation has no trained classifier yet; desks use the starting model');
  return model;
}
