import { featuresOf } from '../shared/domain/assist/features';
import { trainClassifier, type ClassifierModel, type LabelledFeatures } from '../shared/domain/assist/classifier-model';
import { scoreHeldBack, splitHeldBack, type HeldBackScore } from '../shared/domain/assist/held-back';
import { tokenize } from './tokenizer';
import type { LabelledText } from './training-examples';

const withFeatures = (examples: readonly LabelledText[]): LabelledFeatures[] =>
  examples.map((e) => ({ type: e.type, subtype: e.subtype, features: featuresOf(tokenize(e.text)) }));

/**
 * The organisation's training: first a trial model without every fifth closed complaint, scored on those (so the
 * admin sees how often it would have been right on complaints it never saw), then the model kept, from all of them.
 * Both learn the starting examples too. Each description is cut into words once (the costly part).
 */
export function trainForOrganisation(
  starting: readonly LabelledText[],
  organisation: readonly LabelledText[],
  meta: { version: number; trainedAt: string },
): { model: ClassifierModel; score: HeldBackScore | null } {
  const base = withFeatures(starting);
  const own = withFeatures(organisation);
  const { learn, heldBack } = splitHeldBack(own);
  const trial = trainClassifier([...base, ...learn], { ...meta, source: 'organisation' });
  const score = scoreHeldBack(trial, heldBack);
  return { model: trainClassifier([...base, ...own], { ...meta, source: 'organisation' }), score };
}
