import { z } from 'zod';
import { CHANNELS } from './channels';
import { COMPLAINT_SUBTYPE_CODES, COMPLAINT_TYPE_CODES, isSubtypeOf } from './complaint-types';
import { optionalPolicyNumber, optionalText, requiredText } from './fields';
import { isPlausiblePhone } from './phone';
import { DEMAND_TAGS, EMOTION_TAGS } from './quick-tags';

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
  complaintType: z.enum(COMPLAINT_TYPE_CODES, { error: 'validation.complaintType.required' }),
  complaintSubtype: z.enum(COMPLAINT_SUBTYPE_CODES, { error: 'validation.complaintSubtype.required' }),
  description: requiredText('description', 4000),
  demand: requiredText('demand', 2000),
  channel: z.enum(CHANNELS, { error: 'validation.channel.required' }),
  initialJudgement: optionalText('initialJudgement', 2000),
  /** Quick tags set while listening: the customer's emotion and demand. */
  emotionTags: z.array(z.enum(EMOTION_TAGS, { error: 'validation.emotionTags.invalid' })).optional(),
  demandTags: z.array(z.enum(DEMAND_TAGS, { error: 'validation.demandTags.invalid' })).optional(),
});

export const Intake = IntakeFields.superRefine((intake, ctx) => {
  if (!isSubtypeOf(intake.complaintType, intake.complaintSubtype)) {
    ctx.addIssue({
      code: 'custom',
      path: ['complaintSubtype'],
      message: 'validation.complaintSubtype.mismatch',
    });
  }
});

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
  complaintType: z.enum(COMPLAINT_TYPE_CODES),
  complaintSubtype: z.enum(COMPLAINT_SUBTYPE_CODES),
  description: z.string(),
  demand: z.string(),
  channel: z.enum(CHANNELS),
  initialJudgement: z.string(),
  emotionTags: z.array(z.enum(EMOTION_TAGS)).optional(),
  demandTags: z.array(z.enum(DEMAND_TAGS)).optional(),
});
