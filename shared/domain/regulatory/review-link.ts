import { z } from 'zod';

/** 核查 (review-request.ts): the link a review complaint carries to the complaint whose decision it reviews. */
export const ReviewLinkSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    /** When the original was decided (its endedAt). */
    decidedAt: z.string(),
    decisionReceivedAt: z.string(),
    requestedAt: z.string(),
    /** 逾期申请: asked more than REVIEW_REQUEST_DAYS days after the decision reached the complainant. */
    late: z.boolean(),
  })
  .strict();
export type ReviewLink = z.infer<typeof ReviewLinkSchema>;

/** A review of a complaint as its page lists it. */
export const ReviewRefSchema = z.object({ id: z.string(), number: z.string(), status: z.string(), requestedAt: z.string(), late: z.boolean() });
export type ReviewRef = z.infer<typeof ReviewRefSchema>;

