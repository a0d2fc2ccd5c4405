import { z } from 'zod';
import type { Complaint } from '../complaint';
import { moment, optionalText } from '../fields';
import { addWorkingDays, shanghaiDay, shanghaiDayStart, type WorkingCalendar } from '../calendar/working-days';
import { reachedAttemptOf, ReturnVisitResultSchema, SATISFACTION_LEVELS, type SatisfactionLevel } from './return-visit-record';

/**
 * 回访 (the return visit): after closing, the handler calls the complainant back within the organisation's
 * `returnVisitDays` working days (clock-settings.ts; working days: working-days.ts) and asks a short script —
 * reached or not (each unreached attempt is kept with its time), satisfied / basically / not satisfied, whether
 * they accept the result, what they still want. The due time follows the settings in force, like every deadline;
 * the 回访 is done once the complainant was reached. The record: return-visit-record.ts; the command that writes
 * one: record-return-visit.ts.
 */

/**
 * What an agent enters for one attempt: when they called and whether the complainant answered; when reached,
 * the satisfaction and acceptance are required and "what they still want" is free text. An unreached attempt
 * carries no answers (null or absent). The fields, and the rule between them (`returnVisitAnswersRule`), apart,
 * so the API's input can add the complaint's id and version and keep the rule.
 */
export const ReturnVisitFieldsSchema = z
  .object({
    attemptedAt: moment('returnVisit.attemptedAt'),
    reached: z.boolean({ error: 'validation.returnVisit.reached.required' }),
    satisfaction: z.enum(SATISFACTION_LEVELS, { error: 'validation.returnVisit.satisfaction.required' }).nullable().optional(),
    acceptsResult: z.boolean({ error: 'validation.returnVisit.acceptsResult.required' }).nullable().optional(),
    stillWants: optionalText('returnVisit.stillWants', 1000),
  })
  .strict();

type Answers = { reached: boolean; satisfaction?: SatisfactionLevel | null | undefined; acceptsResult?: boolean | null | undefined; stillWants: string };

/** Reached: satisfaction and acceptance required; not reached: no answers at all. */
export function returnVisitAnswersRule(v: Answers, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (v.reached) {
    if (v.satisfaction == null) issue('satisfaction', 'validation.returnVisit.satisfaction.required');
    if (v.acceptsResult == null) issue('acceptsResult', 'validation.returnVisit.acceptsResult.required');
    return;
  }
  if (v.satisfaction != null) issue('satisfaction', 'validation.returnVisit.satisfaction.notReached');
  if (v.acceptsResult != null) issue('acceptsResult', 'validation.returnVisit.acceptsResult.notReached');
  if (v.stillWants !== '') issue('stillWants', 'validation.returnVisit.stillWants.notReached');
}

export const ReturnVisitInputSchema = ReturnVisitFieldsSchema.superRefine(returnVisitAnswersRule);
export type ReturnVisitInput = z.output<typeof ReturnVisitInputSchema>;

/** Within this much wall time of its due time, a pending 回访 shows as due soon. */
export const RETURN_VISIT_DUE_SOON_MS = 24 * 60 * 60 * 1000;

export const RETURN_VISIT_STATES = ['onTrack', 'dueSoon', 'missing', 'done', 'late'] as const;
export type ReturnVisitState = (typeof RETURN_VISIT_STATES)[number];

export const ReturnVisitInfoSchema = z.object({
  /** The end of the `days`-th working day after closing. */
  dueAt: z.string(),
  days: z.number().int(),
  attempts: z.number().int(),
  lastAttemptAt: z.string().nullable(),
  /** Reached: done (in time) or late; not yet: onTrack / dueSoon, or missing once past due. */
  state: z.enum(RETURN_VISIT_STATES),
  result: ReturnVisitResultSchema.nullable(),
});
export type ReturnVisitInfo = z.infer<typeof ReturnVisitInfoSchema>;

export interface ReturnVisitSettings {
  returnVisitDays: number;
  calendar: WorkingCalendar;
}

/** When a complaint closed at `closedAt` must have had its 回访. */
export const returnVisitDueAt = (closedAt: string, settings: ReturnVisitSettings): Date =>
  addWorkingDays(new Date(closedAt), settings.returnVisitDays, settings.calendar);

/** A complaint's 回访 as of now; null when none is due (the complaint is open or was withdrawn). */
export function returnVisitOf(c: Pick<Complaint, 'status' | 'endedAt' | 'returnVisit'>, settings: ReturnVisitSettings, now: Date): ReturnVisitInfo | null {
  if (c.status !== 'closed' || c.endedAt === null) return null;
  const due = returnVisitDueAt(c.endedAt, settings);
  const attempts = c.returnVisit?.attempts ?? [];
  const reached = reachedAttemptOf(c.returnVisit);
  const base = {
    dueAt: due.toISOString(),
    days: settings.returnVisitDays,
    attempts: attempts.length,
    lastAttemptAt: attempts.at(-1)?.at ?? null,
    result: c.returnVisit?.result ?? null,
  };
  if (reached) return { ...base, state: Date.parse(reached.at) > due.getTime() ? 'late' : 'done' };
  const remaining = due.getTime() - now.getTime();
  return { ...base, state: remaining <= 0 ? 'missing' : remaining <= RETURN_VISIT_DUE_SOON_MS ? 'dueSoon' : 'onTrack' };
}

/** The closing time of a closed complaint whose complainant was not reached yet (its 回访 is pending), else null: the desk's column. */
export const returnVisitPendingSince = (c: Pick<Complaint, 'status' | 'endedAt' | 'returnVisit'>): string | null =>
  c.status === 'closed' && c.endedAt !== null && !reachedAttemptOf(c.returnVisit) ? new Date(c.endedAt).toISOString() : null;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant before which a pending 回访's closing makes it missing now: the due time depends only on the
 * closing's day and grows with it, so "closed before the returned instant" ⟺ "due at or before now". Lets a
 * query find the missing ones by the stored closing time alone.
 */
export function returnVisitMissingBefore(now: Date, settings: ReturnVisitSettings): string {
  // The latest closing day whose due time has come; returnVisitDays ≤ 60 working days bounds the walk back.
  for (let day = shanghaiDay(now), i = 0; i < 400; i += 1) {
    const start = shanghaiDayStart(day);
    if (addWorkingDays(start, settings.returnVisitDays, settings.calendar).getTime() <= now.getTime()) return new Date(start.getTime() + DAY_MS).toISOString();
    day = shanghaiDay(new Date(start.getTime() - DAY_MS));
  }
  return new Date(0).toISOString();
}
