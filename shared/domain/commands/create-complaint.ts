import type { ActorRef } from '../actor';
import type { Complaint, TimelineEvent } from '../complaint';
import { callTimeProblem, callTimeProblemKey } from '../call-time';
import { Intake, type IntakeData } from '../intake';
import { refuse, type Refusal } from '../refusal';
import { refuseInvalid } from '../workflow/guards';
import { initialWorkflowState } from '../workflow/workflow-state';

export interface CreateComplaintCommand {
  id: string;
  number: string;
  eventId: string;
  intake: IntakeData;
}

export interface CommandResult {
  complaint: Complaint;
  events: TimelineEvent[];
}

/**
 * complaint.create as a command like the others: (state, command, actor, now) → result | refusal. The intake
 * is validated here, so a server replaying a pushed create applies the same rules as the desk's form,
 * the call-time rule included: `now` is the time stored in the mutation, so a replay decides alike.
 * The number rule is the registry's claim check (numberClaim): it reads the call time as the desk's clock did.
 */
export function create(state: Complaint | null, command: Omit<CreateComplaintCommand, 'intake'> & { intake: unknown }, actor: ActorRef, now: Date): CommandResult | Refusal {
  if (state) return refuse('already_exists', 'sync.refusal.alreadyExists');
  const intake = Intake.safeParse(command.intake);
  if (!intake.success) return refuseInvalid('intake_invalid', intake.error);
  const callTime = callTimeProblem(intake.data.callTime, now);
  if (callTime) return refuse('call_time_invalid', callTimeProblemKey(callTime), { field: 'callTime' });
  return createComplaint({ ...command, intake: intake.data }, actor, now);
}

/** The new complaint (intake already valid): at the intake stage, assigned to the agent who took it. */
export function createComplaint(command: CreateComplaintCommand, actor: ActorRef, now: Date): CommandResult {
  const at = now.toISOString();
  // The reference only: an Actor's role is not part of the record, so replay stores what the desk stored.
  const by = { id: actor.id, name: actor.name };
  const complaint: Complaint = {
    id: command.id,
    number: command.number,
    stage: 'intake',
    status: 'open',
    intake: command.intake,
    receivedAt: command.intake.callTime,
    createdAt: at,
    createdBy: by,
    assignee: by,
    updatedAt: at,
    version: 1,
    ...initialWorkflowState(),
  };
  const created: TimelineEvent = {
    id: command.eventId,
    complaintId: command.id,
    at,
    actor: by,
    kind: 'complaint.created',
    changes: [],
    data: { stage: 'intake', channel: command.intake.channel },
  };
  return { complaint, events: [created] };
}

/** complaint.create's number must be the one its id and the desk's call time make (an intake without a call time is refused by create). */
export function numberClaim(args: { id: string; number: string; intake: unknown }): Refusal | null {
  const callTime = (args.intake as { callTime?: unknown } | null)?.callTime;
  if (typeof callTime !== 'string') return null;
  if (args.number === complaintNumber(args.id, callTime)) return null;
  // An intake wrong in itself is refused for that first (by create), as the desk's form would.
  return Intake.safeParse(args.intake).success ? refuse('number_mismatch', 'sync.refusal.numberMismatch') : null;
}

/** Crockford's base32: no I, L, O or U, so a number read out on the phone is not misheard or mistyped. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * TS-YYYYMMDD-<8 characters>: the agent's local date of receipt (as written in the ISO call time, with its
 * offset) plus 40 random bits of the id in base32 — unique without a central counter, so offline
 * desks can number (six hex digits were not: a thousand complaints a day collided about once a month).
 */
export function complaintNumber(id: string, callTime: string): string {
  const day = callTime.slice(0, 10).replaceAll('-', '');
  let bits = BigInt(`0x${id.replace(/[^0-9a-f]/gi, '').slice(0, 10).padEnd(10, '0')}`);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CROCKFORD[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `TS-${day}-${code}`;
}
