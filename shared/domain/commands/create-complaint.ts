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

/**
 * TS-YYYYMMDD-XXXXXX: the agent's local date of receipt (as written in the ISO call time, with its
 * offset) plus six characters of the id — unique without a central counter, so offline desks can number.
 */
export function complaintNumber(id: string, callTime: string): string {
  const day = callTime.slice(0, 10).replaceAll('-', '');
  return `TS-${day}-${id.replaceAll('-', '').slice(0, 6).toUpperCase()}`;
}
