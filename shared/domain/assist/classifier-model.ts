import { z } from 'zod';
import { COMPLAINT_TYPE_CODES, SUBTYPE_CODE_PATTERN, type ComplaintType } from '../complaint-types';

/**
 * The type/subtype classifier: a multinomial naive Bayes over the features of a description
 * (features.ts), one class per subtype. Trained on the company server from the organisation's closed
 * complaints (or, to start with, on the examples shipped in assist/training/), versioned, and carried to
 * the desks as this JSON.
 */
export const ClassifierClassSchema = z
  .object({
    type: z.enum(COMPLAINT_TYPE_CODES),
    subtype: z.string().regex(SUBTYPE_CODE_PATTERN),
    /** How many examples of this class were seen. */
    examples: z.number().int().positive(),
    /** feature → count over those examples. */
    counts: z.record(z.string().max(64), z.number().int().positive()),
    /** The sum of counts. */
    total: z.number().int().nonnegative(),
  })
  .strict();
export type ClassifierClass = z.infer<typeof ClassifierClassSchema>;

export const ClassifierModelSchema = z
  .object({
    /** 0: the starting model shipped with the product; from 1: trained by the server. */
    version: z.number().int().nonnegative(),
    trainedAt: z.string(),
    /** Where the examples came from. */
    source: z.enum(['starting', 'organisation']),
    examples: z.number().int().nonnegative(),
    vocabularySize: z.number().int().nonnegative(),
    classes: z.array(ClassifierClassSchema).max(500),
  })
  .strict();
export type ClassifierModel = z.infer<typeof ClassifierModelSchema>;

export interface LabelledFeatures {
  type: ComplaintType;
  subtype: string;
  features: readonly string[];
}

/** Counts the features per class. */
export function trainClassifier(
  examples: readonly LabelledFeatures[],
  meta: { version: number; trainedAt: string; source: ClassifierModel['source'] },
): ClassifierModel {
  const classes = new Map<string, ClassifierClass>();
  const vocabulary = new Set<string>();
  for (const example of examples) {
    const key = `${example.type}/${example.subtype}`;
    let entry = classes.get(key);
    if (!entry) {
      entry = { type: example.type, subtype: example.subtype, examples: 0, counts: {}, total: 0 };
      classes.set(key, entry);
    }
    entry.examples += 1;
    for (const feature of example.features) {
      entry.counts[feature] = (entry.counts[feature] ?? 0) + 1;
      entry.total += 1;
      vocabulary.add(feature);
    }
  }
  return { ...meta, examples: examples.length, vocabularySize: vocabulary.size, classes: [...classes.values()] };
}

export interface TypeSuggestion {
  type: ComplaintType;
  subtype: string;
  /** The posterior probability of the subtype, 0…1. */
  confidence: number;
  /** The probability of the type (its subtypes summed). */
  typeConfidence: number;
}

/** Below this, a suggestion is not shown: the model has not seen enough of the words. */
export const MIN_SUGGESTION_CONFIDENCE = 0.15;

/**
 * The classes ranked by posterior probability (Laplace smoothing, uniform prior: an organisation's mix of
 * subtypes should not drown the words). Answers nothing when no feature of the text is known to the model.
 */
export function suggestTypes(model: ClassifierModel, features: readonly string[], limit = 3): TypeSuggestion[] {
  if (model.classes.length === 0) return [];
  const known = features.filter((f) => model.classes.some((c) => c.counts[f] !== undefined));
  if (known.length === 0) return [];
  const v = Math.max(1, model.vocabularySize);
  const scores = model.classes.map((c) => {
    const denominator = Math.log(c.total + v);
    let score = 0;
    for (const feature of known) score += Math.log((c.counts[feature] ?? 0) + 1) - denominator;
    return score;
  });
  // Naive Bayes multiplies evidence as if every word were independent, so its raw posteriors sit at 0 or 1;
  // dividing the log scores by (words known)^0.1 tempers them (the ranking stays): on the held-back set the mean
  // confidence of the first suggestion is then 0.72 against 0.80 right (docs/assist.md).
  const temperature = Math.pow(known.length, 0.1);
  const max = Math.max(...scores);
  const weights = scores.map((s) => Math.exp((s - max) / temperature));
  const sum = weights.reduce((a, b) => a + b, 0);
  const probabilities = weights.map((w) => w / sum);
  const byType = new Map<ComplaintType, number>();
  model.classes.forEach((c, i) => byType.set(c.type, (byType.get(c.type) ?? 0) + probabilities[i]!));
  return model.classes
    .map((c, i) => ({ type: c.type, subtype: c.subtype, confidence: probabilities[i]!, typeConfidence: byType.get(c.type)! }))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, limit);
}
