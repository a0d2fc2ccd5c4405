import { z } from 'zod';
import { CHANNELS } from '../channels';
import type { Stage } from '../stages';
import { confirmed, day, employeeNo, moment, nonEmptyList, optionalText, policyNumber, requiredText } from '../fields';
import { contactMethod } from './fields';
import { classCode } from '../regulatory/classification';
import { RepresentationSchema, SELF_REPRESENTATION } from '../regulatory/representation';

/**
 * What completing each stage requires. A complaint at stage S is being worked on in S; advancing it
 * out of S needs S's data (the last step, closing, needs the closure data). The schemas are the
 * forms' validation and the commands' checks at once.
 */

/** 投诉受理: the call itself was captured by complaints.create; completing it needs nothing more. */
export const IntakeCompletionSchema = z.object({});

/**
 * 投诉登记: policy information, the demand, the channel and the registering handler (name + 工号); the
 * regulator's reason and insurance line (codes of the organisation's classification, checked against it by
 * `advance`); who complained, for whom and about whom (Arts. 13–14, ../regulatory/representation.ts).
 */
export const RegistrationDataSchema = z.object({
  policy: z.object(
    {
      policyNumber: policyNumber('registration.policyNumber'),
      productName: requiredText('registration.productName', 100),
      policyHolder: optionalText('registration.policyHolder', 50),
    },
    { error: 'validation.registration.policy.required' },
  ),
  demand: requiredText('registration.demand'),
  channel: z.enum(CHANNELS, { error: 'validation.registration.channel.required' }),
  handlerName: requiredText('registration.handlerName', 30),
  handlerEmployeeNo: employeeNo('registration.handlerEmployeeNo'),
  reasonCode: classCode('registration.reasonCode'),
  lineCode: classCode('registration.lineCode'),
  representation: RepresentationSchema.default(RepresentationSchema.parse(SELF_REPRESENTATION)),
});

/**
 * A stored registration: a complaint registered before the regulator's axes has no codes and no
 * representation (it is classified by the mapping, `classify`); one registered since has both.
 */
export const RegistrationRecordSchema = RegistrationDataSchema.extend({
  reasonCode: z.string().optional(),
  lineCode: z.string().optional(),
  representation: RepresentationSchema.optional(),
});

/** How strongly the customer holds their demand (诉求强度). */
export const DEMAND_STRENGTHS = ['mild', 'moderate', 'strong', 'extreme'] as const;
/** How much of the cause lies with the company (公司责任). */
export const RESPONSIBILITY_LEVELS = ['none', 'partial', 'full'] as const;
export const RESPONSIBILITY_AREAS = ['productQuality', 'serviceQuality', 'staffAttitude', 'process'] as const;
export const EXTERNAL_FACTOR_KINDS = ['market', 'policy', 'regulation', 'other'] as const;

/** 问题分析: the demand and its strength, the company's responsibility, external factors, the root cause. */
export const AnalysisDataSchema = z.object({
  customerDemand: requiredText('analysis.customerDemand'),
  demandStrength: z.enum(DEMAND_STRENGTHS, { error: 'validation.analysis.demandStrength.required' }),
  companyResponsibility: z
    .object(
      {
        level: z.enum(RESPONSIBILITY_LEVELS, { error: 'validation.analysis.responsibilityLevel.required' }),
        areas: z.array(z.enum(RESPONSIBILITY_AREAS)).default([]),
        explanation: requiredText('analysis.responsibilityExplanation'),
      },
      { error: 'validation.analysis.companyResponsibility.required' },
    )
    .refine((r) => r.level === 'none' || r.areas.length > 0, {
      path: ['areas'],
      error: 'validation.analysis.responsibilityAreas.required',
    }),
  externalFactors: z.object(
    {
      kinds: z.array(z.enum(EXTERNAL_FACTOR_KINDS)).default([]),
      explanation: requiredText('analysis.externalFactors'),
    },
    { error: 'validation.analysis.externalFactors.required' },
  ),
  rootCause: requiredText('analysis.rootCause'),
});

/** 问题解决方案: the chosen option, dated steps, a feasibility assessment and the customer's confirmation. */
export const SolutionDataSchema = z.object({
  chosenOption: requiredText('solution.chosenOption'),
  steps: nonEmptyList('solution.steps',
    z.object({ description: requiredText('solution.stepDescription', 500), dueDate: day('solution.stepDueDate') }),
  ),
  feasibility: z.object(
    {
      assessment: requiredText('solution.feasibility'),
      risks: optionalText('solution.risks'),
    },
    { error: 'validation.solution.feasibility.required' },
  ),
  customerConfirmation: z.object(
    {
      confirmed: confirmed('solution.customerConfirmation'),
      at: moment('solution.confirmedAt'),
      method: contactMethod('solution.confirmationMethod'),
    },
    { error: 'validation.solution.customerConfirmation.required' },
  ),
});

/** 解决方案执行: who carries out each measure, the progress follow-ups and the effect evaluation. */
export const ExecutionDataSchema = z.object({
  measures: nonEmptyList('execution.measures',
    z.object({
      description: requiredText('execution.measureDescription', 500),
      department: requiredText('execution.department', 100),
      person: optionalText('execution.person', 50),
    }),
  ),
  followUps: nonEmptyList('execution.followUps',
    z.object({ at: moment('execution.followUpAt'), note: requiredText('execution.followUpNote', 1000) }),
    200,
  ),
  effectEvaluation: z.object(
    {
      // The course asks to make sure the problem is really solved before asking the customer.
      problemSolved: confirmed('execution.problemSolved'),
      evaluation: requiredText('execution.effectEvaluation'),
    },
    { error: 'validation.execution.effectEvaluation.required' },
  ),
});

/** 解决方案反馈: receipt confirmed, result told, satisfaction (1–5) and the customer's comments. */
export const FeedbackDataSchema = z.object({
  receiptConfirmed: confirmed('feedback.receiptConfirmed'),
  resultTold: z.object(
    {
      at: moment('feedback.resultToldAt'),
      method: contactMethod('feedback.resultToldMethod'),
      content: requiredText('feedback.resultContent'),
    },
    { error: 'validation.feedback.resultTold.required' },
  ),
  satisfaction: z
    .number({ error: 'validation.feedback.satisfaction.required' })
    .int({ error: 'validation.feedback.satisfaction.range' })
    .min(1, { error: 'validation.feedback.satisfaction.range' })
    .max(5, { error: 'validation.feedback.satisfaction.range' }),
  comments: requiredText('feedback.comments'),
});

/** 投诉关闭: how it was resolved, the lessons learned and the improvement measures. */
export const ClosureDataSchema = z.object({
  resolution: requiredText('closure.resolution'),
  lessonsLearned: requiredText('closure.lessonsLearned'),
  improvementMeasures: nonEmptyList('closure.improvementMeasures', requiredText('closure.improvementMeasure', 500)),
});

/** Stage → the schema of the data completing it. */
export const STAGE_DATA_SCHEMAS = {
  intake: IntakeCompletionSchema,
  registration: RegistrationDataSchema,
  analysis: AnalysisDataSchema,
  solution: SolutionDataSchema,
  execution: ExecutionDataSchema,
  feedback: FeedbackDataSchema,
  closure: ClosureDataSchema,
} as const satisfies Record<Stage, z.ZodType>;

export type StageDataInput<S extends Stage> = z.input<(typeof STAGE_DATA_SCHEMAS)[S]>;
export type StageData<S extends Stage> = z.output<(typeof STAGE_DATA_SCHEMAS)[S]>;
export type RegistrationData = StageData<'registration'>;
export type AnalysisData = StageData<'analysis'>;
export type SolutionData = StageData<'solution'>;
export type ExecutionData = StageData<'execution'>;
export type FeedbackData = StageData<'feedback'>;
export type ClosureData = StageData<'closure'>;

/** The recorded data of every completed stage, kept in the complaint. */
export const StageRecordsSchema = z.object({
  registration: RegistrationRecordSchema.optional(),
  analysis: AnalysisDataSchema.optional(),
  solution: SolutionDataSchema.optional(),
  execution: ExecutionDataSchema.optional(),
  feedback: FeedbackDataSchema.optional(),
  closure: ClosureDataSchema.optional(),
});
export type StageRecords = z.infer<typeof StageRecordsSchema>;
