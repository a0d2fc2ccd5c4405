import { Buffer } from 'node:buffer';
import { queuedUpload, queueUpload } from '../../../db/repositories/attachment-uploads';
import { findLiveAttachment, liveAttachments } from '../../../db/repositories/attachments';
import type { Actor } from '../../../shared/domain/actor';
import type { AttachmentTransfer } from '../../../shared/api/attachments';
import type { Attachment } from '../../../shared/domain/attachments/attachment';
import type { AttachmentVault } from '../../attachments/attachment-vault';
import { acceptedMediaType } from '../../attachments/detect-type';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { applyMutation } from '../workflow/apply-mutation';
import { downloadAttachmentContent } from './attachment-download';
import { readAttachmentLimit } from './attachment-limit';

function vaultOf(ctx: DeskContext): AttachmentVault {
  if (!ctx.attachments) throw DeskError.of('refused', 'attachments.error.noVault');
  return ctx.attachments;
}

/**
 * Checks the file (size against the setting, type by its content), stores it encrypted under its
 * hash, then records the attachment and its timeline event through the one complaint write path.
 */
export async function addAttachment(ctx: DeskContext, actor: Actor, input: { complaintId: string; name: string; contentBase64: string }): Promise<Attachment> {
  const vault = vaultOf(ctx);
  const current = loadComplaintFor(ctx.db, input.complaintId, actor);
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw DeskError.of('validation', 'attachments.error.empty');
  const { maxBytes } = readAttachmentLimit(ctx);
  if (content.length > maxBytes) throw DeskError.of('validation', 'attachments.error.tooLarge', { maxMb: Math.floor(maxBytes / (1024 * 1024)) || 1 });
  const mediaType = await acceptedMediaType(content);
  if (!mediaType) throw DeskError.of('validation', 'attachments.error.typeNotAllowed', { name: input.name });
  const sha256 = vault.put(content);
  const now = ctx.clock();
  const attachment: Attachment = {
    id: ctx.newId(),
    complaintId: current.id,
    name: input.name,
    size: content.length,
    sha256,
    mediaType,
    addedAt: now.toISOString(),
    addedBy: { id: actor.id, name: actor.name },
  };
  applyMutation(ctx, actor, 'complaint.attachFile', { complaintId: current.id, eventId: ctx.newId(), attachment }, {
    // The content is queued for the server with the attachment (written as the mutation's effect), so no attachment is ever left without its upload.
    alsoInTransaction: () => queueUpload(ctx.db, { sha256, size: content.length, queuedAt: attachment.addedAt }),
  });
  return attachment;
}

export function listAttachments(ctx: DeskContext, actor: Actor, complaintId: string): Attachment[] {
  loadComplaintFor(ctx.db, complaintId, actor);
  return liveAttachments(ctx.db, complaintId);
}

/** An attachment the actor may see (its complaint in scope), else not found. */
function loadAttachmentFor(ctx: DeskContext, actor: Actor, id: string) {
  const attachment = findLiveAttachment(ctx.db, id);
  if (!attachment) throw DeskError.of('not_found', 'attachments.error.notFound');
  return { attachment, complaint: loadComplaintFor(ctx.db, attachment.complaintId, actor) };
}

/**
 * The decrypted content, for a preview inside the renderer or a saved copy; the desk itself never opens it.
 * An attachment another desk added is downloaded from the server the first time (offline: a clear refusal).
 */
export async function attachmentContent(ctx: DeskContext, actor: Actor, id: string): Promise<{ attachment: Attachment; contentBase64: string }> {
  const { attachment } = loadAttachmentFor(ctx, actor, id);
  const vault = vaultOf(ctx);
  const content = vault.has(attachment.sha256) ? vault.get(attachment.sha256) : await downloadAttachmentContent(ctx, vault, attachment);
  return { attachment, contentBase64: content.toString('base64') };
}

/** Which of the complaint's attachments are still on their way: uploads waiting (bytes the server has) and contents not on this desk yet. */
export function attachmentTransfers(ctx: DeskContext, actor: Actor, complaintId: string): AttachmentTransfer[] {
  const vault = vaultOf(ctx);
  return listAttachments(ctx, actor, complaintId).flatMap((a): AttachmentTransfer[] => {
    const queued = queuedUpload(ctx.db, a.sha256);
    if (queued) return [{ attachmentId: a.id, state: 'uploading', done: queued.sent, total: queued.size }];
    return vault.has(a.sha256) ? [] : [{ attachmentId: a.id, state: 'notDownloaded', done: 0, total: a.size }];
  });
}

export function removeComplaintAttachment(ctx: DeskContext, actor: Actor, input: { id: string; reason: string }): { removed: true } {
  const { attachment, complaint } = loadAttachmentFor(ctx, actor, input.id);
  // The tombstone is the mutation's effect (written with it); a removal of an attachment gone already is the command's refusal.
  applyMutation(ctx, actor, 'complaint.removeAttachment', { complaintId: complaint.id, eventId: ctx.newId(), attachment, reason: input.reason });
  return { removed: true };
}
