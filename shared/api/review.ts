import { z } from 'zod';
import { SUPERVISOR_ROLES } from '../domain/actor';
import { ContactInputSchema } from '../domain/workflow/contact';
import { REVIEWABLE_FIELDS } from '../sync/resolve-review';
import { FieldConflictSchema } from '../sync/protocol';
import { WorkflowResultSchema } from './workflow';

const target = { id: z.string().min(1), baseVersion: z.number().int().positive() };

export const ResolveReviewInputSchema = z.object({
  ...target,
  /** Per conflicting field: keep the value the server kept, or take the desk's. */
  choices: z
    .array(z.object({ field: z.enum(REVIEWABLE_FIELDS as [string, ...string[]]), chosen: z.enum(['server', 'desk']) }))
    .min(1)
    .max(REVIEWABLE_FIELDS.length),
});
export type ResolveReviewInput = z.infer<typeof ResolveReviewInputSchema>;

export const ReviewStateSchema = z.object({ needsReview: z.boolean(), conflicts: z.array(FieldConflictSchema) });

export const reviewCalls = {
  /** Correct the customer's name and phone (a designated field: concurrent edits on two desks go to review). */
  'complaints.updateContact': { input: z.object({ ...target, ...ContactInputSchema.shape }), output: WorkflowResultSchema, access: 'signedIn' },
  /** Whether the server flagged the complaint for review, and the conflicts it recorded. */
  'complaints.reviewState': { input: z.object({ id: z.string().min(1) }), output: ReviewStateSchema, access: 'signedIn' },
  /** A lead's decision on a complaint in review: per field, the kept server value or the desk's. */
  'complaints.resolveReview': { input: ResolveReviewInputSchema, output: WorkflowResultSchema, access: SUPERVISOR_ROLES },
} as const;
