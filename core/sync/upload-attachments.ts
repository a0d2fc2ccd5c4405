import { ATTACHMENT_CHUNK_BYTES, CONTENT_MISMATCH_CODE, CONTENT_TOO_LARGE_CODE, type UploadStatus } from '../../shared/sync/attachment-content';
import { unreferencedHashes } from '../../db/repositories/attachments';
import { addedOnThisDesk, dropUpload, markSent, queuedUploads, type QueuedUpload } from '../../db/repositories/attachment-uploads';
import type { DeskContext } from '../context';
import { log } from '../log';
import { ServerRefusal } from '../server-link/server-refusal';
import { currentAgent } from '../services/current-agent';
import type { ContentTransport } from './content-transport';

export interface UploadOptions {
  /** Stop after this long (the rest waits for the next round, so uploads never hold pushes back for long). */
  budgetMs?: number;
  now?: () => number;
  /** Asked between chunks: stop when the runner stops. */
  stopped?: () => boolean;
  /** Bytes the server holds of all the queued contents, after every chunk. */
  progress?: (p: { done: number; total: number }) => void;
  /** Whose contents to send (工号): the signed-in person's by default, since the server counts an upload as its uploader's. */
  uploader?: string;
}

const isRefusal = (error: unknown, status: number) => error instanceof ServerRefusal && error.status === status;
/** The server refused the content itself (its hash or size; a size no desk may attach): sending it again cannot help. */
const isContentRefusal = (error: unknown): error is ServerRefusal =>
  isRefusal(error, 400) && (error as ServerRefusal).detail.fields?.some((f) => f.code === CONTENT_MISMATCH_CODE || f.code === CONTENT_TOO_LARGE_CODE) === true;

function emit(ctx: DeskContext, upload: QueuedUpload, done: number, finished: boolean): void {
  ctx.events.emit('attachments.transfer', { sha256: upload.sha256, direction: 'upload', done, total: upload.size, finished });
}

/** The server does not know this content for the caller (404): fine for now, unless no attachment here needs it any more. */
function notVisible(ctx: DeskContext, upload: QueuedUpload): void {
  if (unreferencedHashes(ctx.db, [upload.sha256]).length === 1) dropUpload(ctx.db, upload.sha256);
  else markSent(ctx.db, upload.sha256, upload.sent, 'not_found');
}

/** One content from the server's offset to the end; answers whether it is done (checked, or dropped). */
async function uploadOne(ctx: DeskContext, transport: ContentTransport, upload: QueuedUpload, outOfTime: () => boolean, onSent: (bytes: number) => void): Promise<boolean> {
  let content: Buffer;
  try {
    content = ctx.attachments!.get(upload.sha256);
  } catch {
    // Purged by retention (or never stored whole): nothing to send.
    dropUpload(ctx.db, upload.sha256);
    return true;
  }
  let status: UploadStatus;
  try {
    status = await transport.uploadStatus(upload.sha256);
  } catch (error) {
    if (!isRefusal(error, 404)) throw error;
    notVisible(ctx, upload);
    return false;
  }
  for (let conflicts = 0; !status.complete; ) {
    if (outOfTime()) return false;
    const offset = status.received;
    try {
      // The size travels with every chunk: the upload is held to it, not to any attachment's claim on the server.
      status = await transport.uploadChunk(upload.sha256, { offset, size: content.length, data: content.subarray(offset, offset + ATTACHMENT_CHUNK_BYTES).toString('base64') });
    } catch (error) {
      if (isRefusal(error, 409) && conflicts++ < 3) {
        // Another desk is sending the same file, or an answer was lost: carry on from where the server is.
        status = await transport.uploadStatus(upload.sha256);
        continue;
      }
      if (isRefusal(error, 404)) {
        notVisible(ctx, upload);
        return false;
      }
      if (isContentRefusal(error)) {
        // The desk's copy matches its hash (the vault checks), so this should not happen; sending it again cannot help.
        log('warn', `[sync] the server refused attachment content ${upload.sha256.slice(0, 12)}: ${error.detail.message}`);
        dropUpload(ctx.db, upload.sha256);
        return true;
      }
      throw error;
    }
    markSent(ctx.db, upload.sha256, status.received);
    onSent(status.received);
    emit(ctx, upload, status.received, status.complete);
  }
  dropUpload(ctx.db, upload.sha256);
  emit(ctx, upload, upload.size, true);
  return true;
}

/**
 * Sends the queued attachment contents, oldest first, each from the offset the server reports — so a
 * kill or a dropped link resumes where the server is, not where the desk thought it was. Each chunk
 * states the content's size, so the server holds the upload to the desk's own bytes; only the signed-in
 * person's contents are sent (the server counts an upload as its uploader's proof of possession, and a
 * content reaches others through an attachment only when its adder uploaded it). Runs after a round's
 * push. Answers whether anything is left for a later round; a network failure throws like any failed round.
 */
export async function uploadAttachments(ctx: DeskContext, transport: ContentTransport, options: UploadOptions = {}): Promise<{ remaining: boolean }> {
  if (!ctx.attachments) return { remaining: false };
  const now = options.now ?? Date.now;
  const deadline = now() + (options.budgetMs ?? Number.POSITIVE_INFINITY);
  // At least one chunk per round, however short the budget: every round moves the upload on.
  let progressed = false;
  const outOfTime = () => (progressed && now() >= deadline) || (options.stopped?.() ?? false);
  // Another person's contents on this desk wait for them: an upload proves possession for its uploader only.
  const uploader = options.uploader ?? currentAgent(ctx)?.id;
  const mine = (u: QueuedUpload) => uploader === undefined || addedOnThisDesk(ctx.db, u.sha256, uploader) || unreferencedHashes(ctx.db, [u.sha256]).length === 1;
  const queue = queuedUploads(ctx.db).filter(mine);
  const total = queue.reduce((sum, u) => sum + u.size, 0);
  const sent = new Map(queue.map((u) => [u.sha256, u.sent]));
  const report = () => options.progress?.({ done: [...sent.values()].reduce((a, b) => a + b, 0), total });
  for (const upload of queue) {
    if (outOfTime()) return { remaining: true };
    const done = await uploadOne(ctx, transport, upload, outOfTime, (bytes) => {
      progressed = true;
      sent.set(upload.sha256, bytes);
      report();
    });
    // Cut off by the budget: more at once. Not the caller's to send (404): it waits for a later round or another person.
    if (!done && outOfTime()) return { remaining: true };
  }
  return { remaining: false };
}
