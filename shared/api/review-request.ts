import { z } from 'zod';
import { ReviewRefSchema } from '../domain/regulatory/review-link';
import { ReviewRequestInputSchema } from '../domain/regulatory/review-request';
import { WorkflowResultSchema } from './workflow';

/** 核查 (shared/domain/regulatory/review-request.ts): recording a review request, and a complaint's reviews. */
export const reviewRequestCalls = {
  /** The complainant asked for review of complaint `id`'s decision: opens the linked review complaint (its result). */
  'complaints.requestReview': {
    input: z.object({ id: z.string().min(1), ...ReviewRequestInputSchema.shape }).strict(),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** The reviews of complaint `id` this desk holds, oldest request first. */
  'complaints.reviews': { input: z.object({ id: z.string().min(1) }).strict(), output: z.array(ReviewRefSchema), access: 'signedIn' },
} as const;
