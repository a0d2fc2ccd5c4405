import { z } from 'zod';

/**
 * The field builders every schema uses, desk and server alike. `field` names the message keys:
 * `validation.<field>.required|tooLong|invalid|tooMany` (renderer/i18n/locales), dotted for a
 * field of a stage or dialog (`analysis.rootCause`). Never user-facing text.
 */
/** The limit of a free text unless the field names its own. */
export const DEFAULT_TEXT_MAX = 2000;

export function requiredText(field: string, max = DEFAULT_TEXT_MAX) {
  return z
    .string({ error: `validation.${field}.required` })
    .trim()
    .min(1, { error: `validation.${field}.required` })
    .max(max, { error: `validation.${field}.tooLong` });
}

export function optionalText(field: string, max = DEFAULT_TEXT_MAX) {
  return z
    .string()
    .trim()
    .max(max, { error: `validation.${field}.tooLong` })
    .optional()
    .default('');
}

/** A moment with its UTC offset, as the agent's desk writes it. */
export function moment(field: string) {
  return z.iso.datetime({ offset: true, error: `validation.${field}.invalid` });
}

/** A calendar day (YYYY-MM-DD), for schedules. */
export function day(field: string) {
  return z.iso.date({ error: `validation.${field}.invalid` });
}

/** A box the agent must tick: only `true` passes. */
export function confirmed(field: string) {
  return z.literal(true, { error: `validation.${field}.required` });
}

export function nonEmptyList<T extends z.ZodType>(field: string, item: T, max = 50) {
  return z
    .array(item, { error: `validation.${field}.required` })
    .min(1, { error: `validation.${field}.required` })
    .max(max, { error: `validation.${field}.tooMany` });
}

/** An agent's 工号 (employee number): what sign-in, assignment and registration all accept. */
export const EMPLOYEE_NO_PATTERN = /^[A-Za-z0-9]{3,20}$/;

export function employeeNo(field: string) {
  return z
    .string({ error: `validation.${field}.required` })
    .trim()
    .regex(EMPLOYEE_NO_PATTERN, { error: `validation.${field}.invalid` });
}

/** A person as an agent types one in (sign-in, assignment): 工号 and name. */
export function personInput(employeeNoField: string, nameField: string) {
  return z.object({ id: employeeNo(employeeNoField), name: requiredText(nameField, 30) });
}

/** A policy number as the insurers issue them: letters, digits and hyphens, once the spaces agents type for readability are gone. */
export const POLICY_NO_PATTERN = /^[A-Za-z0-9-]{6,30}$/;

/** "P2024 1234 5678" and "P202412345678" are one policy: spaces (also full-width ones) carry no meaning. */
export function normalizePolicyNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '');
}

export function policyNumber(field: string) {
  return z
    .string({ error: `validation.${field}.required` })
    .overwrite(normalizePolicyNumber)
    .regex(POLICY_NO_PATTERN, { error: `validation.${field}.invalid` });
}

/** A policy number the customer may not know yet: empty, or a valid one. */
export function optionalPolicyNumber(field: string) {
  return z
    .string()
    .overwrite(normalizePolicyNumber)
    .refine((value) => value === '' || POLICY_NO_PATTERN.test(value), { error: `validation.${field}.invalid` })
    .optional()
    .default('');
}
