import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import type { CommandResult } from '../../../shared/domain/commands/create-complaint';
import { isRefusal, type Refusal } from '../../../shared/domain/refusal';
import { deadlineOf } from '../../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { recordComplaintChange } from '../../record-change';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { readDeadlineSettings } from './deadline-settings';

export type PureCommand<C> = (complaint: Complaint, command: C, actor: Actor, now: Date) => CommandResult | Refusal;

export interface CommandRun<C> {
  complaintId: string;
  /** The version the agent's screen showed; undefined for changes that cannot conflict (notes). */
  baseVersion?: number;
  /** The mutation's name in the outbox, as the server knows it. */
  name: string;
  command: C;
  run: PureCommand<C>;
}

/**
 * Load (within the actor's scope) → pure command → persist row, timeline and outbox in one transaction. The outbox carries the
 * command (with its event ids), so the server replays the same function and writes the same events.
 */
export function runComplaintCommand<C extends { eventId: string }>(
  ctx: DeskContext,
  actor: Actor,
  spec: CommandRun<C>,
): WorkflowResult {
  const current = loadComplaintFor(ctx.db, spec.complaintId, actor);
  if (spec.baseVersion !== undefined && spec.baseVersion !== current.version) {
    throw DeskError.of('refused', 'errors.staleComplaint');
  }
  const now = ctx.clock();
  const result = spec.run(current, spec.command, actor, now);
  if (isRefusal(result)) throw DeskError.refused(result);
  recordComplaintChange(ctx, {
    complaint: result.complaint,
    events: result.events,
    baseVersion: current.version,
    mutation: { name: spec.name, args: { complaintId: current.id, ...spec.command } },
    actorId: actor.id,
  });
  return { complaint: result.complaint, deadline: deadlineOf(result.complaint, readDeadlineSettings(ctx), now) };
}
