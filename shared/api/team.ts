import { z } from 'zod';
import { SUPERVISOR_ROLES } from '../domain/actor';
import { CHANNELS } from '../domain/channels';
import { COMPLAINT_SUBTYPE_CODES, COMPLAINT_TYPE_CODES } from '../domain/complaint-types';
import { STAGES } from '../domain/stages';
import { AssigneeSchema } from '../domain/workflow/assign';
import { DEADLINE_STATES } from '../domain/workflow/deadlines';
import { ComplaintListItemSchema } from './complaints';

import { DaySchema } from '../domain/reports/day-range';

export { DayRangeSchema, DaySchema, type DayRange } from '../domain/reports/day-range';

export const TeamQueueFilterSchema = z
  .object({
    complaintType: z.enum(COMPLAINT_TYPE_CODES).optional(),
    complaintSubtype: z.enum(COMPLAINT_SUBTYPE_CODES).optional(),
    stage: z.enum(STAGES).optional(),
    assigneeId: z.string().trim().min(1).max(64).optional(),
    deadlineState: z.enum(DEADLINE_STATES).optional(),
    channel: z.enum(CHANNELS).optional(),
    receivedFrom: DaySchema.optional(),
    receivedTo: DaySchema.optional(),
    /** Only complaints the server flagged for review (a designated field changed on two desks). */
    needsReview: z.boolean().optional(),
    /** Only closed complaints whose 回访 is past due and not done (return-visit.ts). */
    returnVisitMissing: z.boolean().optional(),
  })
  .strict();
export type TeamQueueFilter = z.infer<typeof TeamQueueFilterSchema>;

export const TEAM_QUEUE_SORTS = ['dueAt', 'receivedAt', 'number', 'stage', 'assignee'] as const;
export type TeamQueueSort = (typeof TEAM_QUEUE_SORTS)[number];
export const TEAM_QUEUE_PAGE_MAX = 200;

export const TeamQueueInputSchema = z
  .object({
    filter: TeamQueueFilterSchema.default({}),
    sortBy: z.enum(TEAM_QUEUE_SORTS).default('dueAt'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(TEAM_QUEUE_PAGE_MAX).default(50),
  })
  .strict();
export type TeamQueueInput = z.output<typeof TeamQueueInputSchema>;

/** A row of the team queue: the list item plus the version a reassignment is based on and the server's review flag. */
export const TeamQueueItemSchema = ComplaintListItemSchema.extend({ version: z.number().int().positive(), needsReview: z.boolean().default(false) });
export type TeamQueueItem = z.infer<typeof TeamQueueItemSchema>;

export const TeamQueuePageSchema = z.object({
  items: z.array(TeamQueueItemSchema),
  total: z.number().int(),
  offset: z.number().int(),
  asOf: z.string(),
  /** How many complaints on the desk have a missing 回访 (past due, not done), whatever the filter. */
  returnVisitsMissing: z.number().int().default(0),
});
export type TeamQueuePage = z.infer<typeof TeamQueuePageSchema>;

/** Someone complaints on the desk are assigned to. */
export const TeamMemberSchema = z.object({ id: z.string(), name: z.string(), open: z.number().int() });
export type TeamMember = z.infer<typeof TeamMemberSchema>;

const ReassignOutcomeSchema = z.union([
  z.object({ id: z.string(), ok: z.literal(true), version: z.number().int() }),
  z.object({ id: z.string(), ok: z.literal(false), messageKey: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
]);
export type ReassignOutcome = z.infer<typeof ReassignOutcomeSchema>;

export const BULK_REASSIGN_MAX = 500;

export const teamCalls = {
  /** Every complaint on the desk, filtered, sorted and paged in SQL (leads and admins). */
  'team.queue': { input: TeamQueueInputSchema, output: TeamQueuePageSchema, access: SUPERVISOR_ROLES },
  /** The people complaints are assigned to, with their open counts: the agent filter and the reassignment's choices. */
  'team.members': { input: z.object({}).strict(), output: z.array(TeamMemberSchema), access: SUPERVISOR_ROLES },
  /** Reassign many complaints, each through complaints.assign: one timeline entry and outbox mutation each. */
  'team.reassign': {
    input: z
      .object({
        complaints: z
          .array(z.object({ id: z.string().min(1).max(64), baseVersion: z.number().int().positive() }).strict())
          .min(1, { error: 'team.validation.noneSelected' })
          .max(BULK_REASSIGN_MAX, { error: 'team.validation.tooMany' }),
        assignee: AssigneeSchema,
      })
      .strict(),
    output: z.object({ outcomes: z.array(ReassignOutcomeSchema) }),
    access: SUPERVISOR_ROLES,
  },
} as const;
