import { suggestTypes, type ClassifierModel, type LabelledFeatures } from './classifier-model';

/** Every HELD_BACK_EVERY-th of the organisation's closed complaints is kept out of a trial training, to score it. */
export const HELD_BACK_EVERY = 5;
/** At most this many are scored: a training stays seconds of CPU however many complaints are closed. */
export const MAX_HELD_BACK = 1_000;

/**
 * Splits the organisation's examples (newest first) into those a trial model learns from and those it is scored
 * on: every fifth, so the held-back ones spread over the whole period, not only its latest weeks.
 */
export function splitHeldBack<T>(examples: readonly T[]): { learn: T[]; heldBack: T[] } {
  const learn: T[] = [];
  const heldBack: T[] = [];
  examples.forEach((example, i) => {
    if (i % HELD_BACK_EVERY === HELD_BACK_EVERY - 1 && heldBack.length < MAX_HELD_BACK) heldBack.push(example);
    else learn.push(example);
  });
  return { learn, heldBack };
}

/** How often the model's first suggestion is right on examples it did not learn from: the type, and type with subtype. */
export interface HeldBackScore {
  heldBack: number;
  typeAccuracy: number;
  subtypeAccuracy: number;
}

export function scoreHeldBack(model: ClassifierModel, heldBack: readonly LabelledFeatures[]): HeldBackScore | null {
  if (heldBack.length === 0) return null;
  let type = 0;
  let subtype = 0;
  for (const example of heldBack) {
    const first = suggestTypes(model, example.features, 1)[0];
    if (first?.type === example.type) {
      type += 1;
      if (first.subtype === example.subtype) subtype += 1;
    }
  }
  return { heldBack: heldBack.length, typeAccuracy: type / heldBack.length, subtypeAccuracy: subtype / heldBack.length };
}
