import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { STAGES, type Stage } from '../stages';
import { changeComplaint } from './change';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';
import { STAGE_DATA_SCHEMAS, type StageRecords } from './stage-data';
import { transitionFrom } from './transitions';

/** complaint.advance: complete `stage` (the complaint's current stage) with its data. */
export interface AdvanceCommand {
  eventId: string;
  /** The stage being completed; must be the complaint's current stage, so a stale screen cannot skip one. */
  stage: Stage;
  data: unknown;
}

export function advance(complaint: Complaint, command: AdvanceCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'advance');
  if (refusal) return refusal;
  if (!(STAGES as readonly string[]).includes(command.stage)) {
    return refuse('unknown_stage', 'refusal.transition.unknownStage', { requested: String(command.stage) });
  }
  if (command.stage !== complaint.stage) {
    return refuse('not_from_stage', 'refusal.transition.notFromStage', {
      current: complaint.stage,
      requested: command.stage,
    });
  }
  const parsed = STAGE_DATA_SCHEMAS[command.stage].safeParse(command.data);
  if (!parsed.success) return refuseInvalid('stage_data_invalid', parsed.error);

  const transition = transitionFrom(command.stage);
  const stages: StageRecords =
    command.stage === 'intake' ? complaint.stages : { ...complaint.stages, [command.stage]: parsed.data };
  const at = now.toISOString();
  if (transition.to === 'closed') {
    return changeComplaint(complaint, { stages, status: 'closed', endedAt: at }, actor, now, {
      eventId: command.eventId,
      kind: 'complaint.closed',
      data: { stage: command.stage },
    });
  }
  return changeComplaint(complaint, { stages, stage: transition.to }, actor, now, {
    eventId: command.eventId,
    kind: 'stage.advanced',
    data: { from: command.stage, to: transition.to },
  });
}
