import { z } from 'zod';
import { ComplaintListItemSchema } from './complaints';

/** An open complaint the new one may repeat, and what matched. */
export const DuplicateMatchSchema = z.object({
  complaint: ComplaintListItemSchema,
  matchedOn: z.array(z.enum(['contactPhone', 'policyNumber'])).min(1),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatchSchema>;

export const duplicateCalls = {
  /**
   * Open complaints with the same contact number (normalised) or policy number (case-blind), so the
   * intake can offer to add to one instead of opening another. Empty inputs match nothing.
   */
  'complaints.findOpenDuplicates': {
    input: z.object({
      contactPhone: z.string().trim().max(64).optional().default(''),
      policyNumber: z.string().trim().max(40).optional().default(''),
    }),
    output: z.array(DuplicateMatchSchema),
    access: 'signedIn',
  },
} as const;
