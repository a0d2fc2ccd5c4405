import type { ParsedInput } from '../../../shared/api/contract';
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
import { readDeadlineSettings } from './deadline-settings';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { runComplaintCommand } from './run-command';

export function advanceComplaint(ctx: DeskContext, actor: Actor, input: ParsedInput<'complaints.advance'>): WorkflowResult {
  const command = { eventId: ctx.newId(), stage: input.stage, data: input.data };
  return runComplaintCommand(ctx, actor, {
    complaintId: input.id,
    baseVersion: input.baseVersion,
    name: 'complaint.advance',
    command,
    run: advance,
  });
}

export function refuseComplaintSolution(
  ctx: DeskContext,
  actor: Actor,
  input: ParsedInput<'complaints.refuseSolution'>,
): WorkflowResult {
  return runComplaintCommand(ctx, actor, {
    complaintId: input.id,
    baseVersion: input.baseVersion,
    name: 'complaint.refuseSolution',
    command: { eventId: ctx.newId(), reason: input.reason },
    run: refuseSolution,
  });
}

export function withdrawComplaint(ctx: DeskContext, actor: Actor, input: ParsedInput<'complaints.withdraw'>): WorkflowResult {
  return runComplaintCommand(ctx, actor, {
    complaintId: input.id,
    baseVersion: input.baseVersion,
    name: 'complaint.withdraw',
    command: { eventId: ctx.newId(), receivedAt: input.receivedAt, reason: input.reason },
    run: withdraw,
  });
}

export function addComplaintNote(ctx: DeskContext, actor: Actor, input: ParsedInput<'complaints.addNote'>): WorkflowResult {
  return runComplaintCommand(ctx, actor, {
    complaintId: input.id,
    name: 'complaint.addNote',
    command: { eventId: ctx.newId(), text: input.text },
    run: addNote,
  });
}

export function assignComplaint(ctx: DeskContext, actor: Actor, input: ParsedInput<'complaints.assign'>): WorkflowResult {
  return runComplaintCommand(ctx, actor, {
    complaintId: input.id,
    baseVersion: input.baseVersion,
    name: 'complaint.assign',
    command: { eventId: ctx.newId(), assignee: input.assignee },
    run: assign,
  });
}

export function setComplaintComplexity(
  ctx: DeskContext,
  actor: Actor,
  input: ParsedInput<'complaints.setComplexity'>,
): WorkflowResult {
  return runComplaintCommand(ctx, actor, {
    complaintId: input.id,
    baseVersion: input.baseVersion,
    name: 'complaint.setComplexity',
    command: { eventId: ctx.newId(), complexity: input.complexity },
    run: setComplexity,
  });
}

export function extendComplaintDeadline(
  ctx: DeskContext,
  actor: Actor,
  input: ParsedInput<'complaints.extendDeadline'>,
): WorkflowResult {
  return runComplaintCommand(ctx, actor, {
    complaintId: input.id,
    baseVersion: input.baseVersion,
    name: 'complaint.extendDeadline',
    command: { eventId: ctx.newId(), notice: input.notice },
    run: extendDeadline,
  });
}

export function complaintDeadline(ctx: DeskContext, actor: Actor, id: string): DeadlineInfo {
  return deadlineOf(loadComplaintFor(ctx.db, id, actor), readDeadlineSettings(ctx), ctx.clock());
}
