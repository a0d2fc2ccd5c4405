import type { AttachmentRecord } from '../../shared/domain/attachments/attachment-record';
import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';
import { ATTACHMENT_REMOVED_EVENT_KIND, AttachmentSchema, attachmentOfEvent, type Attachment } from '../../shared/domain/attachments/attachment';
import type { TimelineEvent } from '../../shared/domain/complaint';
import type { ActorRef } from '../../shared/domain/actor';
import { NOT_REFUSED } from './refused-events';

interface AttachmentRow {
  id: string;
  complaint_id: string;
  sha256: string;
  name: string;
  size: number;
  media_type: string;
  added_at: string;
  added_by: string;
}

const fromRow = (row: AttachmentRow): Attachment =>
  AttachmentSchema.parse({
    id: row.id,
    complaintId: row.complaint_id,
    sha256: row.sha256,
    name: row.name,
    size: row.size,
    mediaType: row.media_type,
    addedAt: row.added_at,
    addedBy: JSON.parse(row.added_by),
  });

/**
 * Attachments other desks added or removed, from the timeline events a pull brings: the metadata lands
 * here (the content is fetched from the server when someone opens it). Idempotent, so a page applied twice is harmless.
 */
export function applyAttachmentEvents(db: WritableDB, events: readonly TimelineEvent[]): void {
  for (const event of events) {
    const added = attachmentOfEvent(event);
    if (added) {
      statement(
        db,
        `INSERT OR IGNORE INTO attachments (id, complaint_id, sha256, name, size, media_type, added_at, added_by)
         VALUES (@id, @complaintId, @sha256, @name, @size, @mediaType, @addedAt, @addedBy)`,
      ).run({ ...added, addedBy: JSON.stringify(added.addedBy) });
    } else if (event.kind === ATTACHMENT_REMOVED_EVENT_KIND) {
      const id = (event.data as { attachmentId?: unknown } | undefined)?.attachmentId;
      if (typeof id === 'string') markAttachmentRemoved(db, id, event.at, event.actor);
    }
  }
}

/** The tombstone's other half: the row stays, marked removed, and leaves the list. */
function markAttachmentRemoved(db: WritableDB, id: string, at: string, by: ActorRef): boolean {
  return statement(db, 'UPDATE attachments SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL').run(at, JSON.stringify(by), id).changes === 1;
}

/**
 * An attachment whose only removal was refused by the server is the complaint's again (after
 * settleTimeline marked the refused events): the desk lists what the server holds.
 */
export function restoreAttachmentsOfRefusedRemovals(db: WritableDB, complaintId: string): void {
  statement(
    db,
    `UPDATE attachments SET removed_at = NULL, removed_by = NULL
     WHERE complaint_id = ? AND removed_at IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM complaint_events e
       WHERE e.complaint_id = attachments.complaint_id AND e.kind = '${ATTACHMENT_REMOVED_EVENT_KIND}'
         AND json_extract(e.data, '$.attachmentId') = attachments.id AND ${NOT_REFUSED})`,
  ).run(complaintId);
}

/** The complaint's attachments not removed, oldest first. */
export function liveAttachments(db: ReadableDB, complaintId: string): Attachment[] {
  const rows = statement(db, 'SELECT * FROM attachments WHERE complaint_id = ? AND removed_at IS NULL ORDER BY added_at, rowid').all(complaintId) as AttachmentRow[];
  return rows.map(fromRow);
}

/** The record of attachment `id` on complaint `complaintId` as this desk holds it (null when none was added there under that id). */
export function attachmentRecordOn(db: ReadableDB, complaintId: string, id: string): AttachmentRecord | null {
  const row = statement(db, 'SELECT * FROM attachments WHERE id = ? AND complaint_id = ?').get(id, complaintId) as (AttachmentRow & { removed_at: string | null }) | undefined;
  return row ? { attachment: fromRow(row), removed: row.removed_at !== null } : null;
}

export function findLiveAttachment(db: ReadableDB, id: string): Attachment | null {
  const row = statement(db, 'SELECT * FROM attachments WHERE id = ? AND removed_at IS NULL').get(id) as AttachmentRow | undefined;
  return row ? fromRow(row) : null;
}

/** Hashes no attachment row refers to any more, out of those given (after a retention purge). */
export function unreferencedHashes(db: ReadableDB, hashes: readonly string[]): string[] {
  return hashes.filter((sha256) => !statement(db, 'SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1').get(sha256));
}

/** The content hashes of these complaints' attachments, removed ones included. */
export function attachmentHashesOf(db: ReadableDB, complaintIds: readonly string[]): string[] {
  const select = statement(db, 'SELECT DISTINCT sha256 FROM attachments WHERE complaint_id = ?');
  return [...new Set(complaintIds.flatMap((id) => (select.all(id) as { sha256: string }[]).map((r) => r.sha256)))];
}
