import { z } from 'zod';
import { ActorRefSchema } from '../actor';
import { CONTACT_METHODS } from './fields';
import { ExecutionDataSchema, SolutionDataSchema, StageRecordsSchema } from './stage-data';
import { SuspensionSchema } from './clock-stop';
import { ContactRecordSchema } from './contact-record';
import { ReturnVisitRecordSchema } from './return-visit-record';

/**
 * The workflow part of a complaint, spread into ComplaintSchema. Every field has a default so
 * records written before the workflow existed still read.
 */

/**
 * How long the decision may take (《银行业保险业消费投诉处理管理办法》): standard 15 days, complex up to 30,
 * especially complex extended a further 30 with a lead's approval. especiallyComplex is reached only
 * through an approved extension.
 */
export const COMPLEXITIES = ['standard', 'complex', 'especiallyComplex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** The record that the complainant was told about the extension: when, how and why. */
export const ExtensionNoticeSchema = z.object({
  toldAt: z.iso.datetime({ offset: true, error: 'validation.extension.toldAt.invalid' }),
  method: z.enum(CONTACT_METHODS, { error: 'validation.extension.method.required' }),
  reason: z
    .string({ error: 'validation.extension.reason.required' })
    .trim()
    .min(1, { error: 'validation.extension.reason.required' })
    .max(2000, { error: 'validation.extension.reason.tooLong' }),
});
export type ExtensionNotice = z.infer<typeof ExtensionNoticeSchema>;

export const ExtensionSchema = z.object({
  approvedBy: ActorRefSchema,
  approvedAt: z.string(),
  notice: ExtensionNoticeSchema,
});
export type Extension = z.infer<typeof ExtensionSchema>;

/** 撤诉: the customer withdrew; the procedure ended on the day the withdrawal was received. */
export const WithdrawalSchema = z.object({
  receivedAt: z.string(),
  reason: z.string(),
  recordedBy: ActorRefSchema,
  recordedAt: z.string(),
});
export type Withdrawal = z.infer<typeof WithdrawalSchema>;

/** A solution the customer refused at feedback, kept with the reason and what had been done. */
export const SolutionRefusalSchema = z.object({
  at: z.string(),
  by: ActorRefSchema,
  reason: z.string(),
  solution: SolutionDataSchema.optional(),
  execution: ExecutionDataSchema.optional(),
});
export type SolutionRefusal = z.infer<typeof SolutionRefusalSchema>;

export const workflowFields = {
  /** The data recorded when each stage was completed. */
  stages: StageRecordsSchema.default({}),
  complexity: z.enum(COMPLEXITIES).default('standard'),
  extension: ExtensionSchema.nullable().default(null),
  withdrawal: WithdrawalSchema.nullable().default(null),
  solutionRefusals: z.array(SolutionRefusalSchema).default([]),
  /** When the procedure ended: the closing time, or the day a withdrawal was received. */
  endedAt: z.string().nullable().default(null),
  /** The PBX's recording of the call (its recording id or URL), when the agent noted one. */
  recordingRef: z.string().nullable().default(null),
  /** 挂起: the times the clock stood for an outside appraisal, inspection, assessment or mediation (clock-stop.ts), oldest first. */
  suspensions: z.array(SuspensionSchema).default([]),
  /** The contacts with the complainant an agent recorded (first-contact.ts), in the order recorded. */
  contacts: z.array(ContactRecordSchema).default([]),
  /** 回访 after closing (return-visit.ts): its attempts and, once the complainant was reached, the result; null before the first attempt. */
  returnVisit: ReturnVisitRecordSchema.nullable().default(null),
};

export type WorkflowState = { [K in keyof typeof workflowFields]: z.output<(typeof workflowFields)[K]> };

/** The workflow fields of a complaint that was just taken. */
export function initialWorkflowState(): WorkflowState {
  return { stages: {}, complexity: 'standard', extension: null, withdrawal: null, solutionRefusals: [], endedAt: null, recordingRef: null, suspensions: [], contacts: [], returnVisit: null };
}
