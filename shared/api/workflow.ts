import { z } from 'zod';
import { SUPERVISOR_ROLES } from '../domain/actor';
import { ComplaintSchema } from '../domain/complaint';
import { STAGES } from '../domain/stages';
import { AssigneeSchema } from '../domain/workflow/assign';
import { SettableComplexitySchema } from '../domain/workflow/complexity';
import { DEADLINE_STATES, DeadlineInfoSchema, DeadlineSettingsSchema } from '../domain/workflow/deadlines';
import { NoteInputSchema } from '../domain/workflow/notes';
import { SolutionRefusalInputSchema } from '../domain/workflow/refuse-solution';
import { STAGE_DATA_SCHEMAS } from '../domain/workflow/stage-data';
import { WithdrawalInputSchema } from '../domain/workflow/withdraw';
import { ExtensionNoticeSchema } from '../domain/workflow/workflow-state';
import { ResumeInputSchema, SuspendInputSchema } from '../domain/workflow/clock-stop';
import { ContactInputSchema, FirstContactInfoSchema } from '../domain/workflow/first-contact';
import { ReturnVisitFieldsSchema, ReturnVisitInfoSchema, returnVisitAnswersRule } from '../domain/workflow/return-visit';
import { ComplaintListItemSchema, type ComplaintListItem } from './complaints';

const complaintId = z.string().min(1);
/** The complaint's version the screen showed; a change based on an older one is refused as stale. */
const baseVersion = z.number().int().positive();
const target = { id: complaintId, baseVersion };

const completing = <S extends (typeof STAGES)[number]>(stage: S) =>
  z.object({ ...target, stage: z.literal(stage), data: STAGE_DATA_SCHEMAS[stage] });

/** Complete the complaint's current stage with that stage's data; completing closure closes it. */
export const AdvanceInputSchema = z.discriminatedUnion('stage', [
  completing('intake'),
  completing('registration'),
  completing('analysis'),
  completing('solution'),
  completing('execution'),
  completing('feedback'),
  completing('closure'),
]);
export type AdvanceInput = z.input<typeof AdvanceInputSchema>;

/** A complaint after a workflow change, with its deadline as every view shows it. */
export const WorkflowResultSchema = z.object({ complaint: ComplaintSchema, deadline: DeadlineInfoSchema });
export type WorkflowResult = z.infer<typeof WorkflowResultSchema>;

/** A queue row: the summary plus its deadline. */
export const QueueItemSchema = ComplaintListItemSchema;
export type QueueItem = ComplaintListItem;

const deadlineCounts = z.object(
  Object.fromEntries(DEADLINE_STATES.map((s) => [s, z.number().int()])) as Record<
    (typeof DEADLINE_STATES)[number],
    z.ZodNumber
  >,
);

/** One stage of the queue: its complaints in the requested order, and how many are due or overdue. */
export const QueueGroupSchema = z.object({
  stage: z.enum(STAGES),
  count: z.number().int(),
  byDeadline: deadlineCounts,
  items: z.array(QueueItemSchema),
});

/** My queue: my open complaints grouped by stage (all seven, in process order, even when empty). */
/** A closed complaint of mine whose 回访 is not done yet, with its due time (return-visit.ts). */
export const ReturnVisitQueueItemSchema = QueueItemSchema.extend({ returnVisit: ReturnVisitInfoSchema });
export type ReturnVisitQueueItem = z.infer<typeof ReturnVisitQueueItemSchema>;

export const MyQueueSchema = z.object({
  groups: z.array(QueueGroupSchema),
  /** 回访 to make: my closed complaints not yet reached, soonest due first. */
  returnVisits: z.array(ReturnVisitQueueItemSchema).default([]),
  total: z.number().int(),
  byDeadline: deadlineCounts,
  /** The time the deadline states were computed at. */
  asOf: z.string(),
});
export type MyQueue = z.infer<typeof MyQueueSchema>;

export const QueueInputSchema = z.object({
  /** dueAt: by deadline (the default); receivedAt: by time of receipt. */
  sortBy: z.enum(['dueAt', 'receivedAt']).default('dueAt'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});

export const workflowCalls = {
  /** Complete the current stage with its data and move to the next (closure: close the complaint). */
  'complaints.advance': { input: AdvanceInputSchema, output: WorkflowResultSchema, access: 'signedIn' },
  /** At feedback, the customer refuses the solution: back to the solution stage, reason kept. */
  'complaints.refuseSolution': {
    input: z.object({ ...target, ...SolutionRefusalInputSchema.shape }),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** The customer withdraws (撤诉): the procedure ends on the day the withdrawal was received. */
  'complaints.withdraw': {
    input: z.object({ ...target, ...WithdrawalInputSchema.shape }),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** Append an internal note to the timeline; notes are never edited or removed. */
  'complaints.addNote': {
    input: z.object({ id: complaintId, ...NoteInputSchema.shape }),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** Hand the complaint to another handler (the current handler, a lead or an admin). */
  'complaints.assign': {
    input: z.object({ ...target, assignee: AssigneeSchema }),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** Judge the complaint standard (15 days) or complex (30 days). */
  'complaints.setComplexity': {
    input: z.object({ ...target, complexity: SettableComplexitySchema }),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** Extend an especially complex complaint's deadline; a lead's or admin's approval, with the notice to the complainant. */
  'complaints.extendDeadline': {
    input: z.object({ ...target, notice: ExtensionNoticeSchema }),
    output: WorkflowResultSchema,
    access: SUPERVISOR_ROLES,
  },
  /** 挂起: stop the deadline's clock for an outside appraisal, inspection, assessment or mediation. */
  'complaints.suspendClock': {
    input: z.object({ ...target, ...SuspendInputSchema.shape }).strict(),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** The outside result arrived: the clock runs again. */
  'complaints.resumeClock': {
    input: z.object({ ...target, ...ResumeInputSchema.shape }).strict(),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** A lead's or admin's approval of the open suspension (asked once it outlasts the organisation's limit). */
  'complaints.approveSuspension': { input: z.object(target).strict(), output: WorkflowResultSchema, access: SUPERVISOR_ROLES },
  /** A contact with the complainant (首次联系 counts from the first). */
  'complaints.recordContact': {
    input: z.object({ ...target, ...ContactInputSchema.shape }).strict(),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** 回访: one call to the complainant of a closed complaint, reached (with their answers) or not. */
  'complaints.recordReturnVisit': {
    input: z.object({ ...target, ...ReturnVisitFieldsSchema.shape }).strict().superRefine(returnVisitAnswersRule),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
  /** One complaint's 回访 as of now (null while it is open or when it was withdrawn). */
  'complaints.returnVisit': { input: z.object({ id: complaintId }).strict(), output: ReturnVisitInfoSchema.nullable(), access: 'signedIn' },
  /** One complaint's first contact against the organisation's working-hours limit. */
  'complaints.firstContact': { input: z.object({ id: complaintId }).strict(), output: FirstContactInfoSchema, access: 'signedIn' },
  /** One complaint's deadline: due, due soon, overdue, suspended, or done. */
  'complaints.deadline': { input: z.object({ id: complaintId }), output: DeadlineInfoSchema, access: 'signedIn' },
  /** The signed-in agent's open complaints grouped by stage, with deadline states and counts. */
  'queue.mine': { input: QueueInputSchema, output: MyQueueSchema, access: 'signedIn' },
  /** The deadline day counts in force. */
  'settings.deadlines.get': { input: z.object({}), output: DeadlineSettingsSchema, access: 'signedIn' },
  /** Change the deadline day counts (admins only). */
  'settings.deadlines.set': { input: DeadlineSettingsSchema, output: DeadlineSettingsSchema, access: ['admin'] },
} as const;
