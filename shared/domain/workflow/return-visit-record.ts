import { z } from 'zod';
import { ActorRefSchema } from '../actor';

/**
 * The 回访 as a complaint's record keeps it (the field `returnVisit` of workflow-state.ts); the rules that read
 * and write it: return-visit.ts and record-return-visit.ts.
 */
export const SATISFACTION_LEVELS = ['satisfied', 'basically', 'not'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

/** At most this many attempts are kept (an unreached complainant is not called a 21st time through the desk). */
export const RETURN_VISIT_ATTEMPTS_MAX = 20;

/** One call of the 回访: when, whether the complainant answered, who called and when they recorded it. */
export const ReturnVisitAttemptSchema = z.object({
  at: z.string(),
  reached: z.boolean(),
  by: ActorRefSchema,
  recordedAt: z.string(),
});
export type ReturnVisitAttempt = z.infer<typeof ReturnVisitAttemptSchema>;

/** What the complainant said when reached. */
export const ReturnVisitResultSchema = z.object({
  satisfaction: z.enum(SATISFACTION_LEVELS),
  acceptsResult: z.boolean(),
  stillWants: z.string(),
});
export type ReturnVisitResult = z.infer<typeof ReturnVisitResultSchema>;

/** A complaint's 回访 as recorded: the attempts in order, and the result once reached (null before). */
export const ReturnVisitRecordSchema = z.object({
  attempts: z.array(ReturnVisitAttemptSchema),
  result: ReturnVisitResultSchema.nullable(),
});
export type ReturnVisitRecord = z.infer<typeof ReturnVisitRecordSchema>;

/** The attempt that reached the complainant, or null. */
export const reachedAttemptOf = (record: ReturnVisitRecord | null | undefined): ReturnVisitAttempt | null =>
  record?.attempts.find((a) => a.reached) ?? null;

