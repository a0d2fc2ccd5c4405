import { z } from 'zod';
import { COMPLAINT_TYPE_CODES } from '../domain/complaint-types';

const SubtypeOptionSchema = z.union([
  z.object({ code: z.string(), labelKey: z.string() }),
  z.object({ code: z.string(), zh: z.string(), en: z.string() }),
]);

export const TaxonomySchema = z.record(z.enum(COMPLAINT_TYPE_CODES), z.array(SubtypeOptionSchema));

export const taxonomyCalls = {
  /** The complaint types with their subtypes: the fixed ones and those the organisation added. */
  'taxonomy.get': { input: z.object({}), output: TaxonomySchema, access: 'signedIn' },
} as const;
