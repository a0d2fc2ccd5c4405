import { randomUUID } from 'node:crypto';
import type { Actor } from '../../shared/domain/actor';
import type { Attachment } from '../../shared/domain/attachments/attachment';
import { complaintNumber } from '../../shared/domain/commands/create-complaint';
import type { WireMutation } from '../../shared/sync/protocol';
import { validIntake } from './valid-intake';

/** Builds a desk's outbox as the wire carries it: ids +1 per client, a UUID op id per mutation. */
export function mutationLog(actor: Actor, at = '2026-11-26T02:00:00.000Z') {
  let next = 1;
  const make = (name: string, args: unknown, baseVersions: Record<string, number> = {}): WireMutation => ({
    id: next++,
    opId: randomUUID(),
    name,
    args,
    baseVersions,
    createdAt: at,
    actor,
  });
  return {
    make,
    create(id = randomUUID()): WireMutation {
      const intake = validIntake();
      return make('complaint.create', { id, number: complaintNumber(id, intake.callTime), eventId: randomUUID(), intake });
    },
    note(complaintId: string, text = '客户来电催办'): WireMutation {
      return make('complaint.addNote', { complaintId, eventId: randomUUID(), text });
    },
    assign(complaintId: string, assignee: { id: string; name: string }): WireMutation {
      return make('complaint.assign', { complaintId, eventId: randomUUID(), assignee }, { assignee: 0 });
    },
    /** A PDF attached by this desk's person; its attachment (as the desk keeps it) is `args.attachment`. */
    attach(complaintId: string, sha256 = randomUUID().replaceAll('-', '').repeat(2)): WireMutation {
      const attachment: Attachment = { id: randomUUID(), complaintId, name: '定损单.pdf', size: 2048, sha256, mediaType: 'application/pdf', addedAt: at, addedBy: { id: actor.id, name: actor.name } };
      return make('complaint.attachFile', { complaintId, eventId: randomUUID(), attachment });
    },
    /** Takes `attachment` off its complaint, claiming it as given (a desk's copy, true or not). */
    removeAttachment(attachment: Attachment, reason = '传错文件', complaintId = attachment.complaintId): WireMutation {
      return make('complaint.removeAttachment', { complaintId, eventId: randomUUID(), attachment, reason });
    },
    /** Skips ids, as a desk that lost part of its outbox would (the server must stop at the gap). */
    skip(count: number) {
      next += count;
    },
  };
}
