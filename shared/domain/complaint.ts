import { z } from 'zod';
import { ActorRefSchema } from './actor';
import { QualityRecordSchema } from './assist/quality-schema';
import { IntakeRecord } from './intake';
import { RepeatLinkSchema } from './regulatory/repeat-complaint';
import { ReviewLinkSchema } from './regulatory/review-link';
import { STAGES } from './stages';
import { workflowFields } from './workflow/workflow-state';

export const COMPLAINT_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** A complaint as the domain sees it: the state every command starts from. */
export const ComplaintSchema = z.object({
  id: z.string(),
  /** The human-readable number agents read out to customers, e.g. TS-20261125-3F9A2C. */
  number: z.string(),
  stage: z.enum(STAGES),
  status: z.enum(COMPLAINT_STATUSES),
  intake: IntakeRecord,
  /** When the company received the complaint; deadlines count from here. */
  receivedAt: z.string(),
  createdAt: z.string(),
  createdBy: ActorRefSchema,
  assignee: ActorRefSchema.nullable(),
  updatedAt: z.string(),
  /** +1 on every change; sync sends the version a change was based on. */
  version: z.number().int().positive(),
  /** 重复投诉: the earlier complaint of the same customer and policy this one repeats (set when created, by the side that creates it). */
  repeatOf: RepeatLinkSchema.nullable().optional(),
  /** 质检: the score given when it closed, with reviews and appeals since (shared/domain/assist/quality-record.ts); absent before. */
  quality: QualityRecordSchema.nullable().optional(),
  /** 核查: the complaint whose decision this one reviews (set when the review request opened it, regulatory/review-request.ts). */
  reviewOf: ReviewLinkSchema.nullable().optional(),
  /** Stage data, complexity, extension, withdrawal, refused solutions (shared/domain/workflow). */
  ...workflowFields,
});
export type Complaint = z.infer<typeof ComplaintSchema>;

/** One field's change, as the timeline shows it (from → to). */
export const FieldChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** An append-only timeline entry. */
export const TimelineEventSchema = z.object({
  id: z.string(),
  complaintId: z.string(),
  at: z.string(),
  actor: ActorRefSchema,
  kind: z.string(),
  changes: z.array(FieldChangeSchema),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
