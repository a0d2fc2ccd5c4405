import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import type { AttachmentRecord } from '../attachments/attachment-record';
import { hasCode, type Classification } from '../regulatory/classification';
import { representationAttachmentId } from '../regulatory/representation';
import { DEFAULT_CLASSIFICATION } from '../regulatory/seed-classification';
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

/**
 * What completing registration is checked against besides its schema: the organisation's classification
 * (the seeded one when the runner has none) and the record of the attachment its representation names.
 */
export interface AdvanceFacts {
  classification?: Classification | undefined;
  attachment?: AttachmentRecord | null | undefined;
}

export function advance(complaint: Complaint, command: AdvanceCommand, actor: Actor, now: Date, facts: AdvanceFacts = {}): CommandResult | Refusal {
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
  if (command.stage === 'registration') {
    const refusal = registrationRefusal(complaint, parsed.data as StageRecords['registration'], facts);
    if (refusal) return refusal;
  }

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

/**
 * A registration's codes must be the organisation's (retired ones included: a desk offline may have chosen
 * one before it was retired), and the 授权委托书 or proof of inheritance it names an attachment of this
 * complaint that is still there.
 */
function registrationRefusal(complaint: Complaint, data: StageRecords['registration'], facts: AdvanceFacts): Refusal | null {
  const classification = facts.classification ?? DEFAULT_CLASSIFICATION;
  if (!data) return null;
  if (!hasCode(classification.reasons, data.reasonCode ?? '')) return refuse('unknown_reason', 'validation.registration.reasonCode.unknown', { field: 'reasonCode' });
  if (!hasCode(classification.lines, data.lineCode ?? '')) return refuse('unknown_line', 'validation.registration.lineCode.unknown', { field: 'lineCode' });
  const attachmentId = representationAttachmentId(data.representation);
  if (attachmentId === null) return null;
  const record = facts.attachment;
  if (!record || record.removed || record.attachment.id !== attachmentId || record.attachment.complaintId !== complaint.id) {
    return refuse('representation_attachment_missing', 'validation.representation.attachmentMissing', { field: 'representation.onBehalf' });
  }
  return null;
}
