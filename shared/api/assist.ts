import { z } from 'zod';
import { COMPLAINT_TYPE_CODES } from '../domain/complaint-types';
import { INTAKE_TEXT_LIMITS } from '../domain/intake';
import { ComplaintSummarySchema } from './complaints';

/** What the desk makes of a description while it is typed (or heard): nothing here leaves the desk. */
export const AssistAnalysisSchema = z.object({
  risk: z.object({ suggested: z.boolean(), phrases: z.array(z.string()) }),
  keywords: z.array(z.object({ keyword: z.string(), weight: z.number() })),
  suggestions: z.array(
    z.object({
      type: z.enum(COMPLAINT_TYPE_CODES),
      subtype: z.string(),
      confidence: z.number().min(0).max(1),
      typeConfidence: z.number().min(0).max(1),
    }),
  ),
  similar: z.array(
    z.object({ complaint: ComplaintSummarySchema, samePolicy: z.boolean(), overlap: z.number().min(0).max(1) }),
  ),
  /** The classifier that made the suggestions: 0 is the starting model shipped with the desk. */
  modelVersion: z.number().int().nonnegative(),
});
export type AssistAnalysis = z.infer<typeof AssistAnalysisSchema>;

/** A closed complaint's 质检 score under the scorecard in force (null while it is not closed). */
export const ComplaintScoreSchema = z.object({
  scored: z.boolean(),
  score: z.number().int().nonnegative(),
  max: z.number().int().nonnegative(),
  results: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['required', 'forbidden']),
      zh: z.string(),
      en: z.string(),
      passed: z.boolean(),
      points: z.number().int().nonnegative(),
      found: z.string().nullable(),
    }),
  ),
});
export type ComplaintScoreView = z.infer<typeof ComplaintScoreSchema>;

/** Whether the live transcript can run on this desk, and if not what is missing and where to put it. */
export const SpeechStatusSchema = z.object({
  engine: z.enum(['replay', 'sherpa', 'none']),
  ready: z.boolean(),
  running: z.boolean(),
  missing: z.array(z.enum(['modelFolderNotSet', 'modelFolderNotFound', 'modelFiles', 'enginePackage', 'audioSource'])),
  modelFolder: z.string().nullable(),
  expectedFiles: z.array(z.string()),
  missingFiles: z.array(z.string()),
});
export type SpeechStatus = z.infer<typeof SpeechStatusSchema>;

export const assistCalls = {
  /**
   * The escalation risk (the organisation's watch list), key terms, type suggestions and similar open or recent
   * complaints the actor may see, for a description being typed. Computed on the desk alone.
   */
  'assist.analyse': {
    input: z
      .object({
        text: z.string().max(INTAKE_TEXT_LIMITS.description * 2),
        policyNumber: z.string().trim().max(40).optional().default(''),
        complaintId: z.string().trim().max(64).optional(),
      })
      .strict(),
    output: AssistAnalysisSchema,
    access: 'signedIn',
  },
  /**
   * 质检: a closed complaint scored against the organisation's scorecard (the stage records, the initial judgement
   * and the notes are read — not the customer's own words). An open complaint answers `scored: false`.
   */
  'assist.scorecard': {
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: ComplaintScoreSchema,
    access: 'signedIn',
  },
  /** The live transcript's engine: ready or not, running or not, what is missing. */
  'assist.speech.status': { input: z.object({}).strict(), output: SpeechStatusSchema, access: 'signedIn' },
  /** Starts the transcript (with the call): segments arrive as `assist.transcript` events. Refused when no engine is ready. */
  'assist.speech.start': { input: z.object({}).strict(), output: SpeechStatusSchema, access: 'signedIn' },
  /** Stops it (the call ended, or the agent stopped it). */
  'assist.speech.stop': { input: z.object({}).strict(), output: SpeechStatusSchema, access: 'signedIn' },
} as const;
