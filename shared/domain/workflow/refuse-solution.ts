import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { requiredText } from '../fields';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';
import type { StageRecords } from './stage-data';
import { SOLUTION_REFUSAL } from './transitions';
import type { SolutionRefusal } from './workflow-state';

export const SolutionRefusalInputSchema = z.object({ reason: requiredText('solutionRefusal.reason') });

/** complaint.refuseSolution: at feedback the customer does not accept the solution; back to solution. */
export interface RefuseSolutionCommand {
  eventId: string;
  reason: string;
}

/**
 * The refused solution and its execution move into solutionRefusals with the reason, so the solution
 * stage starts again from a clean form while the history stays readable.
 */
export function refuseSolution(
  complaint: Complaint,
  command: RefuseSolutionCommand,
  actor: Actor,
  now: Date,
): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'refuseSolution');
  if (refusal) return refusal;
  if (complaint.stage !== SOLUTION_REFUSAL.from) {
    return refuse('not_at_feedback', 'refusal.solutionRefusal.notAtFeedback', { current: complaint.stage });
  }
  const parsed = SolutionRefusalInputSchema.safeParse({ reason: command.reason });
  if (!parsed.success) return refuseInvalid('solution_refusal_invalid', parsed.error);

  const { solution, execution, ...kept } = complaint.stages;
  const refused: SolutionRefusal = {
    at: now.toISOString(),
    by: { id: actor.id, name: actor.name },
    reason: parsed.data.reason,
    solution,
    execution,
  };
  const stages: StageRecords = kept;
  return changeComplaint(
    complaint,
    { stage: SOLUTION_REFUSAL.to, stages, solutionRefusals: [...complaint.solutionRefusals, refused] },
    actor,
    now,
    {
      eventId: command.eventId,
      kind: 'solution.refused',
      data: { reason: parsed.data.reason, round: complaint.solutionRefusals.length + 1 },
    },
  );
}
