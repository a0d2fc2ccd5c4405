import type { TimelineEvent } from '../complaint';
import { refuse, type Refusal } from '../refusal';
import { ATTACHMENT_REMOVED_EVENT_KIND, attachmentOfEvent, type Attachment } from './attachment';

/** An attachment as a complaint's timeline records it: what its `attachment.added` event says, and whether a tombstone followed. */
export interface AttachmentRecord {
  attachment: Attachment;
  removed: boolean;
}

const attachmentIdOf = (event: TimelineEvent) => (event.data as { attachmentId?: unknown } | undefined)?.attachmentId;

/**
 * The record of attachment `attachmentId` in a complaint's timeline events (in order); null when none added it.
 * The first `attachment.added` counts: a later event reusing the id cannot rewrite who added it.
 */
export function attachmentRecordOf(events: readonly TimelineEvent[], attachmentId: string): AttachmentRecord | null {
  const added = events.findIndex((e) => attachmentIdOf(e) === attachmentId && attachmentOfEvent(e) !== null);
  if (added < 0) return null;
  const removed = events.slice(added + 1).some((e) => e.kind === ATTACHMENT_REMOVED_EVENT_KIND && attachmentIdOf(e) === attachmentId);
  return { attachment: attachmentOfEvent(events[added]!)!, removed };
}

/**
 * What an attachment removal acts on: the attachment as recorded, never as claimed. A claim is the
 * desk's copy of the record and must agree with it on what makes it that attachment — the complaint,
 * the content and who added it (employee numbers compare case-insensitively); names of people and
 * times are display. Refused when nothing was added under that id, the claim disagrees, or it is gone already.
 */
export function recordedAttachmentFor(claimed: Attachment, record: AttachmentRecord | null): Attachment | Refusal {
  if (!record) return refuse('attachment_unknown', 'attachments.refusal.unknown');
  const recorded = record.attachment;
  const agrees =
    claimed.id === recorded.id &&
    claimed.complaintId === recorded.complaintId &&
    claimed.sha256 === recorded.sha256 &&
    claimed.addedBy.id.toLowerCase() === recorded.addedBy.id.toLowerCase();
  if (!agrees) return refuse('attachment_mismatch', 'attachments.refusal.mismatch');
  if (record.removed) return refuse('attachment_already_removed', 'attachments.refusal.alreadyRemoved');
  return recorded;
}

/** A new attachment's id must be new on its complaint: an id already recorded would make two attachments one. */
export function newAttachmentFor(attachment: Attachment, record: AttachmentRecord | null): Attachment | Refusal {
  return record ? refuse('attachment_id_taken', 'attachments.refusal.idTaken') : attachment;
}
