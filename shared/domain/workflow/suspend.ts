import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';
import { openSuspensionOf, ResumeInputSchema, SuspendInputSchema, type Suspension } from './clock-stop';

/** complaint.suspendClock: the clock stops (挂起) for an outside appraisal, inspection, assessment or mediation. */
export interface SuspendClockCommand {
  eventId: string;
  suspensionId: string;
  kind: unknown;
  reason: unknown;
  party: unknown;
  attachmentId?: unknown;
}

export function suspendClock(complaint: Complaint, command: SuspendClockCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'suspendClock');
  if (refusal) return refusal;
  const { eventId, suspensionId, kind, reason, party, attachmentId } = command;
  const parsed = SuspendInputSchema.safeParse({ kind, reason, party, attachmentId: attachmentId ?? null });
  if (!parsed.success) return refuseInvalid('suspension_invalid', parsed.error);
  if (complaint.suspensions.some((s) => s.id === suspensionId)) return refuse('suspension_id_taken', 'refusal.suspension.idTaken');
  const suspension: Suspension = {
    id: suspensionId,
    ...parsed.data,
    startedAt: now.toISOString(),
    startedBy: { id: actor.id, name: actor.name },
    resumedAt: null,
    resumedBy: null,
    outcome: '',
    approvedBy: null,
    approvedAt: null,
  };
  return changeComplaint(complaint, { suspensions: [...complaint.suspensions, suspension] }, actor, now, {
    eventId,
    kind: 'clock.suspended',
    data: { kind: suspension.kind, party: suspension.party, reason: suspension.reason },
  });
}

/** The open suspension ended at `at` by `actor`, with what came of it. */
export function endOpenSuspension(complaint: Complaint, at: string, by: Actor, outcome: string): Suspension[] {
  const open = openSuspensionOf(complaint);
  if (!open) return complaint.suspensions as Suspension[];
  const resumedAt = new Date(Math.max(Date.parse(at), Date.parse(open.startedAt))).toISOString();
  return complaint.suspensions.map((s) => (s.id === open.id ? { ...s, resumedAt, resumedBy: { id: by.id, name: by.name }, outcome } : s));
}

/** complaint.resumeClock: the outside result arrived; the clock runs again from now. */
export interface ResumeClockCommand {
  eventId: string;
  outcome: unknown;
}

export function resumeClock(complaint: Complaint, command: ResumeClockCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'resumeClock');
  if (refusal) return refusal;
  const parsed = ResumeInputSchema.safeParse({ outcome: command.outcome });
  if (!parsed.success) return refuseInvalid('resume_invalid', parsed.error);
  const open = openSuspensionOf(complaint);
  const suspensions = endOpenSuspension(complaint, now.toISOString(), actor, parsed.data.outcome);
  const ended = suspensions.find((s) => s.id === open?.id);
  const suspendedMs = ended?.resumedAt ? Date.parse(ended.resumedAt) - Date.parse(ended.startedAt) : 0;
  return changeComplaint(complaint, { suspensions }, actor, now, {
    eventId: command.eventId,
    kind: 'clock.resumed',
    data: { outcome: parsed.data.outcome, suspendedMs },
  });
}

/** complaint.approveSuspension: a lead approves the open suspension (needed once it outlasts the organisation's limit). */
export interface ApproveSuspensionCommand {
  eventId: string;
}

export function approveSuspension(complaint: Complaint, command: ApproveSuspensionCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'approveSuspension');
  if (refusal) return refusal;
  const open = openSuspensionOf(complaint);
  const suspensions = complaint.suspensions.map((s) =>
    s.id === open?.id ? { ...s, approvedBy: { id: actor.id, name: actor.name }, approvedAt: now.toISOString() } : s,
  );
  return changeComplaint(complaint, { suspensions }, actor, now, { eventId: command.eventId, kind: 'clock.suspensionApproved' });
}
