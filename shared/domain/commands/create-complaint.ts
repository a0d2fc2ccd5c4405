import type { ActorRef } from '../actor';
import type { Complaint, TimelineEvent } from '../complaint';
import type { IntakeData } from '../intake';
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

/** complaint.create: a new complaint at the intake stage, assigned to the agent who took it. */
export function createComplaint(command: CreateComplaintCommand, actor: ActorRef, now: Date): CommandResult {
  const at = now.toISOString();
  const complaint: Complaint = {
    id: command.id,
    number: command.number,
    stage: 'intake',
    status: 'open',
    intake: command.intake,
    receivedAt: command.intake.callTime,
    createdAt: at,
    createdBy: actor,
    assignee: actor,
    updatedAt: at,
    version: 1,
    ...initialWorkflowState(),
  };
  const created: TimelineEvent = {
    id: command.eventId,
    complaintId: command.id,
    at,
    actor,
    kind: 'complaint.created',
    changes: [],
    data: { stage: 'intake', channel: command.intake.channel },
  };
  return { complaint, events: [created] };
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
