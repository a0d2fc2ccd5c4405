import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { personInput } from '../fields';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';

/** The handler a complaint is assigned to: their 工号 and name. */
export const AssigneeSchema = personInput('assign.employeeNo', 'assign.name');

/** complaint.assign: hand the complaint to the person who will handle it. */
export interface AssignCommand {
  eventId: string;
  assignee: { id: string; name: string };
}

/** The current handler passes it on; leads and admins reassign any complaint. */
export function assign(complaint: Complaint, command: AssignCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'assign');
  if (refusal) return refusal;
  const parsed = AssigneeSchema.safeParse(command.assignee);
  if (!parsed.success) return refuseInvalid('assignee_invalid', parsed.error);
  if (complaint.assignee?.id === parsed.data.id) {
    return refuse('assignee_unchanged', 'refusal.assign.unchanged', { assignee: parsed.data.name });
  }
  return changeComplaint(complaint, { assignee: parsed.data }, actor, now, {
    eventId: command.eventId,
    kind: 'complaint.assigned',
  });
}
