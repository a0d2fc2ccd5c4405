import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';
import { ReturnVisitInputSchema } from './return-visit';
import { RETURN_VISIT_ATTEMPTS_MAX, type ReturnVisitAttempt, type ReturnVisitRecord } from './return-visit-record';

/** complaint.recordReturnVisit: one call of the 回访 (return-visit.ts), reached or not. */
export interface RecordReturnVisitCommand {
  eventId: string;
  attemptedAt: unknown;
  reached: unknown;
  satisfaction?: unknown;
  acceptsResult?: unknown;
  stillWants?: unknown;
}

/**
 * Records one attempt of a closed complaint's 回访: by its handler or a lead (allowedActions), not after the
 * complainant was reached, not in the future and not before the closing. An unreached attempt is kept with
 * its time; a reached one ends the 回访 with the complainant's answers.
 */
export function recordReturnVisit(complaint: Complaint, command: RecordReturnVisitCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'recordReturnVisit');
  if (refusal) return refusal;
  const parsed = ReturnVisitInputSchema.safeParse({
    attemptedAt: command.attemptedAt,
    reached: command.reached,
    satisfaction: command.satisfaction,
    acceptsResult: command.acceptsResult,
    stillWants: command.stillWants ?? '',
  });
  if (!parsed.success) return refuseInvalid('return_visit_invalid', parsed.error);
  const input = parsed.data;
  const at = Date.parse(input.attemptedAt);
  if (at > now.getTime()) return refuse('return_visit_in_future', 'refusal.returnVisit.inFuture');
  // A time typed or taken to the second, in the second the complaint closed, is not before the closing.
  if (complaint.endedAt !== null && at < Math.floor(Date.parse(complaint.endedAt) / 1000) * 1000) return refuse('return_visit_before_closing', 'refusal.returnVisit.beforeClosing');
  const attempts = complaint.returnVisit?.attempts ?? [];
  if (attempts.length >= RETURN_VISIT_ATTEMPTS_MAX) return refuse('return_visit_too_many_attempts', 'refusal.returnVisit.tooManyAttempts', { max: RETURN_VISIT_ATTEMPTS_MAX });
  const attempt: ReturnVisitAttempt = { at: new Date(at).toISOString(), reached: input.reached, by: { id: actor.id, name: actor.name }, recordedAt: now.toISOString() };
  const next: ReturnVisitRecord = {
    attempts: [...attempts, attempt],
    result: input.reached ? { satisfaction: input.satisfaction!, acceptsResult: input.acceptsResult!, stillWants: input.stillWants } : null,
  };
  return changeComplaint(complaint, { returnVisit: next }, actor, now, {
    eventId: command.eventId,
    kind: 'returnVisit.recorded',
    data: { attempt: next.attempts.length, reached: input.reached, at: attempt.at, ...(input.reached ? { satisfaction: input.satisfaction!, acceptsResult: input.acceptsResult! } : {}) },
  });
}
