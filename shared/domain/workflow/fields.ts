import { z } from 'zod';

/** How the customer was told something (告知方式). */
export const CONTACT_METHODS = ['phone', 'sms', 'email', 'letter', 'inPerson', 'online'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export function contactMethod(field: string) {
  return z.enum(CONTACT_METHODS, { error: `validation.${field}.required` });
}
