import { z } from 'zod';

/**
 * Field builders for the stage forms. Every message is an i18n key under `validation.<scope>.<field>`
 * (renderer/i18n/locales/<lang>/workflow.json), never user-facing text.
 */
/** The limit of a stage's free text unless the field names its own. */
export const STAGE_TEXT_MAX = 2000;

export function requiredText(scope: string, field: string, max = STAGE_TEXT_MAX) {
  return z
    .string({ error: `validation.${scope}.${field}.required` })
    .trim()
    .min(1, { error: `validation.${scope}.${field}.required` })
    .max(max, { error: `validation.${scope}.${field}.tooLong` });
}

export function optionalText(scope: string, field: string, max = STAGE_TEXT_MAX) {
  return z
    .string()
    .trim()
    .max(max, { error: `validation.${scope}.${field}.tooLong` })
    .optional()
    .default('');
}

/** A moment with its UTC offset, as the agent's desk writes it. */
export function moment(scope: string, field: string) {
  return z.iso.datetime({ offset: true, error: `validation.${scope}.${field}.invalid` });
}

/** A calendar day (YYYY-MM-DD), for schedules. */
export function day(scope: string, field: string) {
  return z.iso.date({ error: `validation.${scope}.${field}.invalid` });
}

/** A box the agent must tick: only `true` passes. */
export function confirmed(scope: string, field: string) {
  return z.literal(true, { error: `validation.${scope}.${field}.required` });
}

export function nonEmptyList<T extends z.ZodType>(scope: string, field: string, item: T, max = 50) {
  return z
    .array(item, { error: `validation.${scope}.${field}.required` })
    .min(1, { error: `validation.${scope}.${field}.required` })
    .max(max, { error: `validation.${scope}.${field}.tooMany` });
}

/** How the customer was told something (告知方式). */
export const CONTACT_METHODS = ['phone', 'sms', 'email', 'letter', 'inPerson', 'online'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export function contactMethod(scope: string, field: string) {
  return z.enum(CONTACT_METHODS, { error: `validation.${scope}.${field}.required` });
}

/** The agent's 工号, the same shape sign-in accepts. */
export function employeeNo(scope: string, field: string) {
  return z
    .string({ error: `validation.${scope}.${field}.required` })
    .trim()
    .regex(/^[A-Za-z0-9]{3,20}$/, { error: `validation.${scope}.${field}.invalid` });
}
