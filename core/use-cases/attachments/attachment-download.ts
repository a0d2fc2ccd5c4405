import type { Attachment } from '../../../shared/domain/attachments/attachment';
import { sha256Of, type AttachmentVault } from '../../attachments/attachment-vault';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { deskErrorFromServer } from '../../server-link/desk-error-from-server';
import { ServerUnreachable } from '../../server-link/http-request';
import { ServerRefusal } from '../../server-link/server-refusal';
import { contentTransportOf } from '../../sync/content-transport';

/** What the person is told when the content cannot be fetched: offline, not uploaded yet, or the server's own refusal. */
function downloadRefusal(ctx: DeskContext, error: unknown): unknown {
  if (error instanceof DeskError) return error;
  // No answer, or no server set at all: either way the content is elsewhere and cannot be fetched now.
  if (error instanceof ServerUnreachable || (error instanceof ServerRefusal && error.status === 0)) return DeskError.of('offline', 'attachments.error.contentOffline');
  if (error instanceof ServerRefusal && error.status === 409) return DeskError.of('refused', 'attachments.error.contentNotUploaded');
  if (error instanceof ServerRefusal && error.status === 404) return DeskError.of('not_found', 'attachments.error.contentNotOnServer');
  return deskErrorFromServer(error, ctx.settings);
}

async function fetchContent(ctx: DeskContext, attachment: Attachment): Promise<Buffer> {
  const transport = contentTransportOf(ctx);
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < attachment.size) {
    const chunk = await transport.downloadChunk(attachment.sha256, offset);
    const data = Buffer.from(chunk.data, 'base64');
    if (chunk.size !== attachment.size || chunk.offset !== offset || data.length === 0) throw DeskError.of('refused', 'attachments.error.contentCorrupt');
    parts.push(data);
    offset += data.length;
    ctx.events.emit('attachments.transfer', { sha256: attachment.sha256, direction: 'download', done: Math.min(offset, attachment.size), total: attachment.size, finished: false });
  }
  return Buffer.concat(parts);
}

/**
 * The content of an attachment this desk knows only from a pull: fetched from the server on demand,
 * checked against the attachment's SHA-256 and size, then kept in the vault like one added here.
 * Nothing is stored when the check fails.
 */
export async function downloadAttachmentContent(ctx: DeskContext, vault: AttachmentVault, attachment: Attachment): Promise<Buffer> {
  let content: Buffer;
  try {
    content = await fetchContent(ctx, attachment);
  } catch (error) {
    throw downloadRefusal(ctx, error);
  }
  if (content.length !== attachment.size || sha256Of(content) !== attachment.sha256) throw DeskError.of('refused', 'attachments.error.contentCorrupt');
  vault.put(content);
  ctx.events.emit('attachments.transfer', { sha256: attachment.sha256, direction: 'download', done: attachment.size, total: attachment.size, finished: true });
  return content;
}
