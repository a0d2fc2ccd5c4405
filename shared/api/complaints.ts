import { z } from 'zod';
import { ComplaintSchema, TimelineEventSchema } from '../domain/complaint';
import { Intake } from '../domain/intake';
import { DeadlineInfoSchema } from '../domain/workflow/deadlines';
import { ReturnVisitInfoSchema } from '../domain/workflow/return-visit';

/** A row of a complaint list: what a queue or list shows without loading the whole record. */
export const ComplaintSummarySchema = ComplaintSchema.pick({
  id: true,
  number: true,
  stage: true,
  status: true,
  receivedAt: true,
  updatedAt: true,
  assignee: true,
}).extend({
  customerName: z.string(),
  contactPhone: z.string(),
  complaintType: Intake.shape.complaintType,
  complaintSubtype: Intake.shape.complaintSubtype,
});
export type ComplaintSummary = z.infer<typeof ComplaintSummarySchema>;

/** A summary with its deadline as of now: what every list of complaints shows (queue, caller history, duplicates). */
export const ComplaintListItemSchema = ComplaintSummarySchema.extend({
  complexity: ComplaintSchema.shape.complexity,
  deadline: DeadlineInfoSchema,
  /** A closed complaint's 回访 (shared/domain/workflow/return-visit.ts); null or absent when none is due. */
  returnVisit: ReturnVisitInfoSchema.nullable().optional(),
});
export type ComplaintListItem = z.infer<typeof ComplaintListItemSchema>;

export const ComplaintDetailSchema = z.object({
  complaint: ComplaintSchema,
  timeline: z.array(TimelineEventSchema),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetailSchema>;

/**
 * complaints.create's input: the intake, plus the autosaved draft it came from (removed in the same
 * transaction) and the call it was taken on (linked in the same transaction).
 */
export const NewComplaintSchema = Intake.safeExtend({
  draftId: z.string().trim().min(1).max(64).optional(),
  callId: z.string().trim().min(1).max(250).optional(),
});

export const complaintCalls = {
  /** Record a new complaint from the intake form; it starts at the intake stage, assigned to its taker. */
  'complaints.create': { input: NewComplaintSchema, output: ComplaintSchema, access: 'signedIn' },
  /** One complaint with its whole timeline. */
  'complaints.get': { input: z.object({ id: z.string().min(1) }), output: ComplaintDetailSchema, access: 'signedIn' },
} as const;
