import { z } from 'zod';
import { ActorRefSchema } from '../actor';
import type { Scorecard } from './scorecard';

/** A lead's verdict on one check of a closed complaint: confirmed as scored, or overridden (pass ↔ fail). */
export const QualityReviewSchema = z.object({
  verdict: z.enum(['confirmed', 'overridden']),
  comment: z.string(),
  by: ActorRefSchema,
  at: z.string(),
});
export type QualityReview = z.infer<typeof QualityReviewSchema>;

/** The handler's appeal of a failed check, and the lead's resolution (upheld: the check passes; rejected: it stays failed). */
export const QualityAppealSchema = z.object({
  id: z.string(),
  reason: z.string(),
  by: ActorRefSchema,
  at: z.string(),
  status: z.enum(['open', 'upheld', 'rejected']),
  resolution: z.object({ comment: z.string(), by: ActorRefSchema, at: z.string() }).nullable(),
});
export type QualityAppeal = z.infer<typeof QualityAppealSchema>;

/** One check as scored when the complaint closed, with its labels and weight of that version, and what happened since. */
export const QualityCheckResultSchema = z.object({
  id: z.string(),
  kind: z.enum(['required', 'forbidden']),
  zh: z.string(),
  en: z.string(),
  /** The check's weight: the points it gives when it passes. */
  weight: z.number().int().nonnegative(),
  /** As scored at closing. */
  scoredPassed: z.boolean(),
  /** As it stands now: after a lead's override or an upheld appeal. */
  passed: z.boolean(),
  /** The phrase found (a required statement's proof, a forbidden phrase's breach), or null. */
  found: z.string().nullable(),
  /** The words around it in the record, so a lead judges without opening every stage. */
  evidence: z.string().nullable(),
  review: QualityReviewSchema.nullable(),
  appeals: z.array(QualityAppealSchema),
});
export type QualityCheckResult = z.infer<typeof QualityCheckResultSchema>;

/**
 * 质检 as stored on a closed complaint: scored once, under the scorecard version in force where the close was
 * applied (the server's when it applies the pushed close; a desk's own close until then is `provisional`),
 * and never scored again when the scorecard changes.
 */
export const QualityRecordSchema = z.object({
  scorecardVersion: z.number().int().nonnegative(),
  scoredAt: z.string(),
  /** True while only the desk has scored it (offline close not yet applied by the server). */
  provisional: z.boolean(),
  score: z.number().int().nonnegative(),
  max: z.number().int().nonnegative(),
  checks: z.array(QualityCheckResultSchema),
});
export type QualityRecord = z.infer<typeof QualityRecordSchema>;

/**
 * What scoring and reviewing need besides the complaint, read by whoever runs the mutation: the scorecard and its
 * version as this side holds them, whether that is the server (the authority), the texts of the complaint's notes,
 * and whether the acting person leads the complaint's team (the server knows teams; a desk holds only its person's reach).
 */
export interface QualityFacts {
  scorecard: Scorecard;
  scorecardVersion: number;
  authority: 'server' | 'desk';
  notes: readonly string[];
  leadsTeam: boolean;
}
