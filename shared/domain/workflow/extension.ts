import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';
import { ExtensionNoticeSchema, type Extension } from './workflow-state';

/**
 * complaint.extendDeadline: an especially complex complaint gets a further period, approved by a team
 * lead or admin, with a record that the complainant was told when, how and why.
 */
export interface ExtendDeadlineCommand {
  eventId: string;
  notice: unknown;
}

export function extendDeadline(
  complaint: Complaint,
  command: ExtendDeadlineCommand,
  actor: Actor,
  now: Date,
): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'extendDeadline');
  if (refusal) return refusal;
  const parsed = ExtensionNoticeSchema.safeParse(command.notice);
  if (!parsed.success) return refuseInvalid('extension_notice_invalid', parsed.error);
  const toldAt = Date.parse(parsed.data.toldAt);
  if (toldAt > now.getTime()) return refuse('notice_in_future', 'refusal.extension.noticeInFuture');
  if (toldAt < Date.parse(complaint.receivedAt)) {
    return refuse('notice_before_receipt', 'refusal.extension.noticeBeforeReceipt');
  }
  const extension: Extension = {
    approvedBy: { id: actor.id, name: actor.name },
    approvedAt: now.toISOString(),
    notice: parsed.data,
  };
  return changeComplaint(complaint, { complexity: 'especiallyComplex', extension }, actor, now, {
    eventId: command.eventId,
    kind: 'deadline.extended',
  });
}
