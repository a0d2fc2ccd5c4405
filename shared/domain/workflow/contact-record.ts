import { z } from 'zod';
import { ActorRefSchema } from '../actor';
import { CONTACT_METHODS } from './fields';

/** A contact with the complainant an agent recorded (首次联系 counts from the first: first-contact.ts). */
export const ContactRecordSchema = z.object({
  at: z.string(),
  method: z.enum(CONTACT_METHODS),
  note: z.string(),
  by: ActorRefSchema,
  recordedAt: z.string(),
});
export type ContactRecord = z.infer<typeof ContactRecordSchema>;

