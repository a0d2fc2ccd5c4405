import { z } from 'zod';
import { ClassifierModelSchema } from '../domain/assist/classifier-model';
import { WatchListSchema } from '../domain/assist/watch-list';
export { ScorecardSchema } from '../domain/assist/scorecard';

/** PUT /assist/watch-list (admins): the organisation's escalation watch list, replaced whole. */
export const WatchListInputSchema = z.object({ phrases: WatchListSchema }).strict();
export type WatchListInput = z.infer<typeof WatchListInputSchema>;

/** POST /assist/classifier/train (admins): no body fields. */
export const TrainClassifierInputSchema = z.object({}).strict();

/** What a training made: the new version and how many complaints (of the organisation's) it learnt from. */
export const TrainedClassifierSchema = z
  .object({
    version: z.number().int().positive(),
    examples: z.number().int().nonnegative(),
    organisationExamples: z.number().int().nonnegative(),
    classes: z.number().int().nonnegative(),
    /**
     * A trial model without every fifth closed complaint, scored on those (shared/domain/assist/held-back.ts): how many,
     * and how often its first suggestion had the right type, and type and subtype. Absent from a server of before 2026-12-08.
     */
    heldBack: z
      .object({ heldBack: z.number().int().positive(), typeAccuracy: z.number().min(0).max(1), subtypeAccuracy: z.number().min(0).max(1) })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();
export type TrainedClassifier = z.infer<typeof TrainedClassifierSchema>;

/** GET /assist/classifier/info (admins): the newest model's version, date, who trained it and its size, without its counts. */
export const ClassifierInfoSchema = z
  .object({
    model: z
      .object({
        version: z.number().int().positive(),
        trainedAt: z.string(),
        trainedBy: z.string(),
        examples: z.number().int().nonnegative(),
        vocabularySize: z.number().int().nonnegative(),
        classes: z.number().int().nonnegative(),
        /** The model as desks fetch it (JSON), in bytes. */
        bytes: z.number().int().nonnegative(),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type ClassifierInfo = z.infer<typeof ClassifierInfoSchema>;

/** GET /assist/classifier: the organisation's newest trained model (404 while there is none). */
export const ClassifierAnswerSchema = ClassifierModelSchema;

/** Fewer closed complaints than this and training is refused: the starting model knows more. */
export const MIN_ORGANISATION_EXAMPLES = 20;
