import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Actor } from '../../../shared/domain/actor';
import { deadlineOf, type DeadlineInfo } from '../../../shared/domain/workflow/deadlines';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutators';
import type { DeskContext } from '../../context';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { applyMutation } from './apply-mutation';
import { readDeadlineSettings } from './deadline-settings';

/** A workflow call's input: the complaint, the version the screen showed (absent for notes), and the command's fields. */
type WorkflowInput = { id: string; baseVersion?: number | undefined } & Record<string, unknown>;

/**
 * Every workflow call (complaints.advance → complaint.advance, …; shared/api/README.md has the table):
 * its input becomes the mutation's arguments with a new event id, run through the registry.
 */
export function runWorkflowCall(ctx: DeskContext, actor: Actor, name: Exclude<MutationName, 'complaint.create'>, input: WorkflowInput): WorkflowResult {
  const { id, baseVersion, ...command } = input;
  const args = { ...command, complaintId: id, eventId: ctx.newId() } as MutationArgs<typeof name>;
  const complaint = applyMutation(ctx, actor, name, args, { baseVersion });
  return { complaint, deadline: deadlineOf(complaint, readDeadlineSettings(ctx), ctx.clock()) };
}

export function complaintDeadline(ctx: DeskContext, actor: Actor, id: string): DeadlineInfo {
  return deadlineOf(loadComplaintFor(ctx.db, id, actor), readDeadlineSettings(ctx), ctx.clock());
}
