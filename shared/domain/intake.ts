import { z } from 'zod';
import { CHANNELS } from './channels';
import { COMPLAINT_TYPE_CODES, SUBTYPE_CODE_PATTERN, isFixedSubtype, isOtherSubtype, isSubtypeOf } from './complaint-types';
import { optionalPolicyNumber, optionalText, requiredText } from './fields';
import { isPlausiblePhone } from './phone';
import { isValidResidentId } from './regulatory/uscc';
import { DEMAND_TAGS, EMOTION_TAGS } from './quick-tags';

/** The longest free texts of an intake, in characters: the schema's limits and the form's counters. */
export const INTAKE_TEXT_LIMITS = { description: 4000, demand: 2000, initialJudgement: 2000 } as const;

/** Stage 1–2 data captured while the customer is on the line (投诉受理 / 投诉登记). */
export const IntakeFields = z.object({
  callTime: z.iso.datetime({ offset: true, error: 'validation.callTime.invalid' }),
  customerName: requiredText('customerName', 50),
  contactPhone: z
    .string({ error: 'validation.contactPhone.required' })
    .trim()
    .min(1, { error: 'validation.contactPhone.required' })
    .refine(isPlausiblePhone, { error: 'validation.contactPhone.invalid' }),
  policyNumber: optionalPolicyNumber('policyNumber'),
  /** The caller's 居民身份证号, when they give it: with the phone, how a repeat complaint is recognised. */
  idNumber: z
    .string({ error: 'validation.idNumber.invalid' })
    .trim()
    .refine((v) => v === '' || isValidResidentId(v), { error: 'validation.idNumber.invalid' })
    .transform((v) => v.toUpperCase())
    .optional(),
  complaintType: z.enum(COMPLAINT_TYPE_CODES, { error: 'validation.complaintType.required' }),
  /** A fixed subtype or one an admin added (taxonomy.ts); which codes a type offers is checked against the taxonomy. */
  complaintSubtype: z
    .string({ error: 'validation.complaintSubtype.required' })
    .regex(SUBTYPE_CODE_PATTERN, { error: 'validation.complaintSubtype.required' }),
  /** What "other (please describe)" is; required with an *_other subtype. */
  subtypeDetail: optionalText('subtypeDetail', 100),
  description: requiredText('description', INTAKE_TEXT_LIMITS.description),
  demand: requiredText('demand', INTAKE_TEXT_LIMITS.demand),
  channel: z.enum(CHANNELS, { error: 'validation.channel.required' }),
  initialJudgement: optionalText('initialJudgement', INTAKE_TEXT_LIMITS.initialJudgement),
  /** Quick tags set while listening: the customer's emotion and demand. */
  emotionTags: z.array(z.enum(EMOTION_TAGS, { error: 'validation.emotionTags.invalid' })).optional(),
  demandTags: z.array(z.enum(DEMAND_TAGS, { error: 'validation.demandTags.invalid' })).optional(),
});

/**
 * The rules that need no settings or clock: a fixed subtype of another type is a mismatch, and "other"
 * needs its description. Whether an admin's extra code belongs to the type is checked against the
 * taxonomy (subtypeProblem), and the call time against the clock (callTimeProblem), in core and the form.
 */
export function checkIntakeRules(intake: z.output<typeof IntakeFields>, ctx: z.RefinementCtx): void {
  if (isFixedSubtype(intake.complaintSubtype) && !isSubtypeOf(intake.complaintType, intake.complaintSubtype)) {
    ctx.addIssue({
      code: 'custom',
      path: ['complaintSubtype'],
      message: 'validation.complaintSubtype.mismatch',
    });
  }
  if (isOtherSubtype(intake.complaintSubtype) && intake.subtypeDetail === '') {
    ctx.addIssue({ code: 'custom', path: ['subtypeDetail'], message: 'validation.subtypeDetail.required' });
  }
}

export const Intake = IntakeFields.superRefine(checkIntakeRules);

/** What the form holds (before defaults are applied). */
export type IntakeInput = z.input<typeof Intake>;
/** What a complaint stores. */
export type IntakeData = z.output<typeof Intake>;

/**
 * A stored intake: the same fields, checked for shape only. The rules above apply where an agent
 * types; a record saved under older rules (or by another desk) must still load, and reading one
 * should not pay for phone parsing again.
 */
export const IntakeRecord: z.ZodType<IntakeData> = z.object({
  callTime: z.string(),
  customerName: z.string(),
  contactPhone: z.string(),
  policyNumber: z.string(),
  idNumber: z.string().optional(),
  complaintType: z.enum(COMPLAINT_TYPE_CODES),
  complaintSubtype: z.string(),
  subtypeDetail: z.string().optional().default(''),
  description: z.string(),
  demand: z.string(),
  channel: z.enum(CHANNELS),
  initialJudgement: z.string(),
  emotionTags: z.array(z.enum(EMOTION_TAGS)).optional(),
  demandTags: z.array(z.enum(DEMAND_TAGS)).optional(),
});
