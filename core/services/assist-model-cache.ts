import { startingModel } from '../../assist/classifier';
import { ASSIST_MODEL_SETTING } from '../../assist/model-setting';
import { ClassifierModelSchema, type ClassifierModel } from '../../shared/domain/assist/classifier-model';
import type { DeskContext } from '../context';
import { readSetting } from '../settings';

/** The stored model of each desk's settings, checked by its schema once per version (it is read at every keystroke's analysis). */
const parsedBySettings = new WeakMap<object, { key: string; model: ClassifierModel | null }>();

function storedClassifier(ctx: DeskContext): ClassifierModel | null {
  const raw = ctx.settings.get(ASSIST_MODEL_SETTING) as { version?: unknown; trainedAt?: unknown } | null | undefined;
  if (raw === undefined || raw === null) return null;
  const key = `${String(raw.version)}@${String(raw.trainedAt)}`;
  let parsed = parsedBySettings.get(ctx.settings);
  if (parsed?.key !== key) {
    parsed = { key, model: readSetting(ctx.settings, ASSIST_MODEL_SETTING, ClassifierModelSchema.nullable(), null) };
    parsedBySettings.set(ctx.settings, parsed);
  }
  return parsed.model;
}

/** The classifier the desk uses: the one its company server last sent, or the starting model shipped with the desk. */
export function currentClassifier(ctx: DeskContext): ClassifierModel {
  return storedClassifier(ctx) ?? startingModel();
}

/** The version of the model the desk keeps (0: none, the starting model). */
export function classifierVersionOnDesk(ctx: DeskContext): number {
  return storedClassifier(ctx)?.version ?? 0;
}

/** Keeps a model the server sent, if newer than the one the desk has. Answers whether it was kept. */
export function keepClassifier(ctx: DeskContext, model: ClassifierModel): boolean {
  if (classifierVersionOnDesk(ctx) >= model.version) return false;
  ctx.settings.set(ASSIST_MODEL_SETTING, model);
  return true;
}
