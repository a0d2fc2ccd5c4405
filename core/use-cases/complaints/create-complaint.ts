import type { ActorRef } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import type { IntakeData } from '../../../shared/domain/intake';
import { complaintNumber, createComplaint as createCommand } from '../../../shared/domain/commands/create-complaint';
import type { DeskContext } from '../../context';
import { recordComplaintChange } from '../../record-change';

export function createComplaint(ctx: DeskContext, actor: ActorRef, intake: IntakeData): Complaint {
  const id = ctx.newId();
  const command = { id, number: complaintNumber(id, intake.callTime), eventId: ctx.newId(), intake };
  const { complaint, events } = createCommand(command, actor, ctx.clock());
  recordComplaintChange(ctx, { complaint, events, mutation: { name: 'complaint.create', args: command }, actorId: actor.id });
  return complaint;
}
