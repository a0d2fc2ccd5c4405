import { ATTACHMENT_ADDED_EVENT_KIND, ATTACHMENT_REMOVED_EVENT_KIND } from '../../shared/domain/attachments/attachment';
import { attachmentRecordOf, newAttachmentFor, recordedAttachmentFor } from '../../shared/domain/attachments/attachment-record';
import type { TimelineEvent } from '../../shared/domain/complaint';
import { isRefusal, type Refusal } from '../../shared/domain/refusal';
import { MUTATORS } from '../../shared/sync/mutators';
import type { Queryable } from '../db/queryable';
import { attachmentEventsOf } from './sync-repo';

const removal = MUTATORS['complaint.removeAttachment'].args;
const attach = MUTATORS['complaint.attachFile'].args;

/**
 * The attachments a push batch acts on, as the server holds them: the complaint's timeline, plus what the
 * batch's earlier mutations added or removed (written only when the batch ends). A removal carries the
 * desk's copy of the attachment; who added it decides who may remove it, so that copy is checked, never trusted.
 */
export class BatchAttachments {
  private readonly written = new Map<string, TimelineEvent[]>();

  constructor(private readonly tx: Queryable) {}

  /**
   * The arguments to run the mutation with: a removal's attachment replaced by the recorded one, an attach
   * checked to bring a new id, or why it is refused. Other mutations, and arguments outside the schema
   * (refused when run), pass as they came.
   */
  async argsFor(name: string, args: unknown): Promise<{ args: unknown } | Refusal> {
    if (name === 'complaint.attachFile') {
      const parsed = attach.safeParse(args);
      if (!parsed.success) return { args };
      const fresh = newAttachmentFor(parsed.data.attachment, await this.recordOf(parsed.data.complaintId, parsed.data.attachment.id));
      return isRefusal(fresh) ? fresh : { args };
    }
    if (name !== 'complaint.removeAttachment') return { args };
    const parsed = removal.safeParse(args);
    if (!parsed.success) return { args };
    const { complaintId, attachment } = parsed.data;
    const recorded = recordedAttachmentFor(attachment, await this.recordOf(complaintId, attachment.id));
    return isRefusal(recorded) ? recorded : { args: { ...parsed.data, attachment: recorded } };
  }

  private async recordOf(complaintId: string, attachmentId: string) {
    const events = [...(await attachmentEventsOf(this.tx, complaintId, attachmentId)), ...(this.written.get(complaintId) ?? [])];
    return attachmentRecordOf(events, attachmentId);
  }

  /** The attachment events an applied mutation wrote, for the mutations after it in the batch. */
  applied(events: readonly TimelineEvent[]): void {
    for (const event of events) {
      if (event.kind !== ATTACHMENT_ADDED_EVENT_KIND && event.kind !== ATTACHMENT_REMOVED_EVENT_KIND) continue;
      const list = this.written.get(event.complaintId);
      if (list) list.push(event);
      else this.written.set(event.complaintId, [event]);
    }
  }
}
