import { attachmentRecordOf, type AttachmentRecord } from '../../shared/domain/attachments/attachment-record';
import type { TimelineEvent } from '../../shared/domain/complaint';
import type { Queryable } from '../db/queryable';
import { attachmentEventsOf } from './sync-repo';

/**
 * The attachment records a push batch's mutations name, as the server holds them: the complaint's timeline,
 * plus what the batch's earlier mutations added or removed (written only when the batch ends). The record
 * goes to the command as a fact (shared/sync/mutation-facts.ts): who added an attachment decides who may
 * remove it, so the desk's copy is checked against it, never trusted.
 */
export class BatchAttachments {
  private readonly written = new Map<string, TimelineEvent[]>();

  constructor(private readonly tx: Queryable) {}

  async recordOf(complaintId: string, attachmentId: string | null): Promise<AttachmentRecord | null> {
    if (attachmentId === null) return null;
    const events = [...(await attachmentEventsOf(this.tx, complaintId, attachmentId)), ...(this.written.get(complaintId) ?? [])];
    return attachmentRecordOf(events, attachmentId);
  }

  /** The attachment events an applied mutation wrote, for the mutations after it in the batch. */
  applied(events: readonly TimelineEvent[]): void {
    for (const event of events) {
      const list = this.written.get(event.complaintId);
      if (list) list.push(event);
      else this.written.set(event.complaintId, [event]);
    }
  }
}
