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
  })
  .strict();
export type TrainedClassifier = z.infer<typeof TrainedClassifierSchema>;

/** GET /assist/classifier: the organisation's newest trained model (404 while there is none). */
export const ClassifierAnswerSchema = ClassifierModelSchema;

/** Fewer closed complaints than this and training is refused: the starting model knows more. */
export const MIN_ORGANISATION_EXAMPLES = 20;
