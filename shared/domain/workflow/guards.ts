import { refuse, type Refusal } from '../refusal';
import type { ZodError } from 'zod';

/** The first invalid field, as a refusal naming its i18n key and its path. */
export function refuseInvalid(code: string, error: ZodError): Refusal {
  const issue = error.issues[0];
  const messageKey = issue?.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  return refuse(code, messageKey, { field: issue?.path.map(String).join('.') ?? '' });
}
