import { z } from 'zod';
import { ActorRefSchema } from '../actor';
import { requiredText } from '../fields';

/**
 * 挂起 (clock stop): the time a complaint waits on an outside 鉴定 (appraisal), 检测 (inspection),
 * 评估 (assessment) or third-party 调解 (mediation) is not counted toward its deadline. This file is the one
 * rule: the due date (the desk's stored due_at, the server's figures), the deadline state, reminders, the team
 * queue, the exports and the statistics all count suspended time with these functions.
 *
 * The rule: a complaint's handling time is the time since receipt less the time it was suspended, and it is
 * late when its handling time exceeds the allowed days. So its due instant is received + allowed days + the
 * suspended time — while a suspension is open the due instant moves with the clock (the remaining time is
 * frozen). A complaint that was already overdue when suspended stays overdue: suspending moves its due
 * exactly as fast as time passes.
 */
export const SUSPENSION_KINDS = ['appraisal', 'inspection', 'assessment', 'mediation'] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];

export const SuspensionSchema = z.object({
  id: z.string(),
  kind: z.enum(SUSPENSION_KINDS),
  /** Why the decision waits (what is being appraised, inspected …). */
  reason: z.string(),
  /** Who does it: the appraiser, the laboratory, the mediation body. */
  party: z.string(),
  /** The attachment on this complaint that documents it (the commission letter …), when there is one. */
  attachmentId: z.string().nullable(),
  startedAt: z.string(),
  startedBy: ActorRefSchema,
  /** When the clock ran again: resumed, or the customer withdrew. Null while suspended. */
  resumedAt: z.string().nullable(),
  resumedBy: ActorRefSchema.nullable(),
  /** What the outside result was, as the person resuming noted it. */
  outcome: z.string(),
  /** A lead's approval of a suspension longer than the organisation allows without one. */
  approvedBy: ActorRefSchema.nullable(),
  approvedAt: z.string().nullable(),
});
export type Suspension = z.infer<typeof SuspensionSchema>;

/** What an agent enters to suspend the clock. */
export const SuspendInputSchema = z
  .object({
    kind: z.enum(SUSPENSION_KINDS, { error: 'validation.suspension.kind.required' }),
    reason: requiredText('suspension.reason'),
    party: requiredText('suspension.party', 200),
    attachmentId: z.string().min(1).max(64).nullable().default(null),
  })
  .strict();
export type SuspendInput = z.input<typeof SuspendInputSchema>;

export const ResumeInputSchema = z.object({ outcome: requiredText('suspension.outcome') }).strict();

type Suspended = { suspensions: readonly Suspension[]; receivedAt: string };

/** The suspension in force (not yet resumed), or null. Only the last can be open: a second is refused while one is. */
export function openSuspensionOf(c: { suspensions: readonly Suspension[] }): Suspension | null {
  const last = c.suspensions.at(-1);
  return last && last.resumedAt === null ? last : null;
}

/** One suspension's time counted toward nothing, up to `upTo` (ms): never before receipt, never negative. */
function suspendedSpanMs(s: Suspension, receivedMs: number, upToMs: number): number {
  const start = Math.max(Date.parse(s.startedAt), receivedMs);
  const end = Math.min(s.resumedAt === null ? upToMs : Date.parse(s.resumedAt), upToMs);
  return Math.max(0, end - start);
}

/** The time (ms) the complaint has been suspended up to `upTo`, an open suspension counted until then. */
export function suspendedMsOf(c: Suspended, upTo: Date): number {
  const received = Date.parse(c.receivedAt);
  return c.suspensions.reduce((sum, s) => sum + suspendedSpanMs(s, received, upTo.getTime()), 0);
}

/**
 * The time (ms) of the suspensions that have ended: what the desk's stored due_at adds to receipt + allowed
 * days (with the open suspension's start beside it, `suspendedSinceOf`).
 */
export function closedSuspendedMsOf(c: Suspended): number {
  const received = Date.parse(c.receivedAt);
  return c.suspensions.reduce((sum, s) => sum + (s.resumedAt === null ? 0 : suspendedSpanMs(s, received, Number.POSITIVE_INFINITY)), 0);
}

/** When the open suspension began (not before receipt), or null when the clock runs. */
export function suspendedSinceOf(c: Suspended): string | null {
  const open = openSuspensionOf(c);
  if (!open) return null;
  return new Date(Math.max(Date.parse(open.startedAt), Date.parse(c.receivedAt))).toISOString();
}

/** The open suspension has lasted longer than `approvalDays` and no lead approved it: a lead is asked. */
export function suspensionNeedsApproval(c: Suspended, approvalDays: number, now: Date): boolean {
  const open = openSuspensionOf(c);
  if (!open || open.approvedBy) return false;
  return now.getTime() - Date.parse(open.startedAt) > approvalDays * 24 * 60 * 60 * 1000;
}
