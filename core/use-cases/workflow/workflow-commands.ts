import type { CallName, ParsedInput } from '../../../shared/api/contract';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Actor } from '../../../shared/domain/actor';
import { deadlineOf, type DeadlineInfo } from '../../../shared/domain/workflow/deadlines';
import { advance } from '../../../shared/domain/workflow/advance';
import { assign } from '../../../shared/domain/workflow/assign';
import { setComplexity } from '../../../shared/domain/workflow/complexity';
import { extendDeadline } from '../../../shared/domain/workflow/extension';
import { addNote } from '../../../shared/domain/workflow/notes';
import { refuseSolution } from '../../../shared/domain/workflow/refuse-solution';
import { withdraw } from '../../../shared/domain/workflow/withdraw';
import type { DeskContext } from '../../context';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { readDeadlineSettings } from './deadline-settings';
import { runComplaintCommand, type PureCommand } from './run-command';

/** A call on one complaint: its id, and the version the screen showed (absent for notes, which cannot conflict). */
type OnComplaint = { id: string; baseVersion?: number };

/** The outbox names a change to one complaint in the singular: complaints.advance → complaint.advance. */
const mutationOf = (call: CallName) => call.replace(/^complaints\./, 'complaint.');

/**
 * The use case of the workflow call `call`: its input becomes the domain command with a new event id,
 * run by runComplaintCommand and sent to the outbox as mutationOf(call).
 */
function complaintCommand<C extends CallName, Command extends { eventId: string }>(
  call: C,
  run: PureCommand<Command>,
  toCommand: (input: ParsedInput<C> & OnComplaint, eventId: string) => Command,
) {
  return (ctx: DeskContext, actor: Actor, input: ParsedInput<C> & OnComplaint): WorkflowResult =>
    runComplaintCommand(ctx, actor, {
      complaintId: input.id,
      baseVersion: input.baseVersion,
      name: mutationOf(call),
      command: toCommand(input, ctx.newId()),
      run,
    });
}

// Call → domain command, one line each (shared/api/README.md has the table with mutations and timeline events).
export const advanceComplaint = complaintCommand('complaints.advance', advance, (i, eventId) => ({ eventId, stage: i.stage, data: i.data }));
export const refuseComplaintSolution = complaintCommand('complaints.refuseSolution', refuseSolution, (i, eventId) => ({ eventId, reason: i.reason }));
export const withdrawComplaint = complaintCommand('complaints.withdraw', withdraw, (i, eventId) => ({ eventId, receivedAt: i.receivedAt, reason: i.reason }));
export const addComplaintNote = complaintCommand('complaints.addNote', addNote, (i, eventId) => ({ eventId, text: i.text }));
export const assignComplaint = complaintCommand('complaints.assign', assign, (i, eventId) => ({ eventId, assignee: i.assignee }));
export const setComplaintComplexity = complaintCommand('complaints.setComplexity', setComplexity, (i, eventId) => ({ eventId, complexity: i.complexity }));
export const extendComplaintDeadline = complaintCommand('complaints.extendDeadline', extendDeadline, (i, eventId) => ({ eventId, notice: i.notice }));

export function complaintDeadline(ctx: DeskContext, actor: Actor, id: string): DeadlineInfo {
  return deadlineOf(loadComplaintFor(ctx.db, id, actor), readDeadlineSettings(ctx), ctx.clock());
}
