import { z } from 'zod';
import type { Actor } from '../domain/actor';
import { may } from '../domain/capabilities';
import type { Complaint } from '../domain/complaint';
import type { CommandResult } from '../domain/commands/create-complaint';
import { mayAccessComplaint } from '../domain/complaint-access';
import { IntakeRecord } from '../domain/intake';
import { refuse, type Refusal } from '../domain/refusal';
import { changeComplaint } from '../domain/workflow/change';
import { STAGE_DATA_SCHEMAS } from '../domain/workflow/stage-data';
import type { StageRecords } from '../domain/workflow/stage-data';
import { DESIGNATED_FIELDS } from './conflicts';

/** What a review decides: the designated fields two desks changed, and a receipt time the server's clock rule flagged. */
export const REVIEWABLE_FIELDS: readonly string[] = [...DESIGNATED_FIELDS, 'receivedAt'];

/** One conflicting field as the lead decided it: which side's value stays, the value, and the other one (kept in the timeline). */
export const ReviewChoiceSchema = z
  .object({
    field: z.enum(REVIEWABLE_FIELDS as [string, ...string[]]),
    chosen: z.enum(['server', 'desk']),
    value: z.unknown(),
    other: z.unknown(),
  })
  .strict();
export type ReviewChoice = z.infer<typeof ReviewChoiceSchema>;

export const ResolveReviewArgsSchema = z
  .object({ complaintId: z.string().min(1).max(64), eventId: z.string().min(1).max(64), choices: z.array(ReviewChoiceSchema).min(1).max(REVIEWABLE_FIELDS.length) })
  .strict();
export type ResolveReviewArgs = z.infer<typeof ResolveReviewArgsSchema>;

const STAGE_PREFIX = 'stages.';

/** The chosen value must be one the field can hold: an intake, or a stage's record (or none). */
function validValue(field: string, value: unknown): boolean {
  if (field === 'intake') return IntakeRecord.safeParse(value).success;
  if (field === 'receivedAt') return z.iso.datetime({ offset: true }).safeParse(value).success;
  if (value === null || value === undefined) return true;
  const stage = field.slice(STAGE_PREFIX.length) as keyof typeof STAGE_DATA_SCHEMAS;
  return STAGE_DATA_SCHEMAS[stage]?.safeParse(value).success ?? false;
}

function patchOf(complaint: Complaint, choices: readonly ReviewChoice[]): Partial<Complaint> {
  const patch: Partial<Complaint> = {};
  let stages: StageRecords | undefined;
  for (const { field, value } of choices) {
    if (field === 'intake') {
      patch.intake = IntakeRecord.parse(value);
      continue;
    }
    if (field === 'receivedAt') {
      // The receipt the deadlines count from, and the call time the intake shows, stay one time.
      patch.receivedAt = String(value);
      patch.intake = { ...(patch.intake ?? complaint.intake), callTime: String(value) };
      continue;
    }
    const stage = field.slice(STAGE_PREFIX.length) as keyof StageRecords;
    stages = { ...(stages ?? complaint.stages) };
    if (value === null || value === undefined) delete stages[stage];
    else (stages as Record<string, unknown>)[stage] = value;
  }
  if (stages) patch.stages = stages;
  return patch;
}

/**
 * complaint.resolveReview: a lead (or admin) with the complaint in scope decides each conflicting
 * designated field — the value the server kept or the desk's. The chosen values travel in the
 * arguments, so every replay writes the same; the timeline ("复核处理") records both values.
 * Clearing the review flag is the server's and the desk's bookkeeping (shared/sync/review-state.ts).
 */
export function resolveReview(complaint: Complaint, args: Omit<ResolveReviewArgs, 'complaintId'>, actor: Actor, now: Date): CommandResult | Refusal {
  if (!may(actor, 'reviewQueue')) return refuse('review_lead_only', 'sync.refusal.reviewLeadOnly');
  if (!mayAccessComplaint(complaint, actor)) return refuse('not_visible', 'refusal.complaintNotVisible');
  const fields = args.choices.map((c) => c.field);
  if (new Set(fields).size !== fields.length) return refuse('review_field_twice', 'sync.refusal.reviewFieldTwice');
  const invalid = args.choices.find((c) => !validValue(c.field, c.value));
  if (invalid) return refuse('review_value_invalid', 'sync.refusal.reviewValueInvalid', { field: invalid.field });
  return changeComplaint(complaint, patchOf(complaint, args.choices), actor, now, {
    eventId: args.eventId,
    kind: 'review.resolved',
    data: { choices: args.choices.map(({ field, chosen, value, other }) => ({ field, chosen, value: value ?? null, other: other ?? null })) },
  });
}
