import { createHash } from 'node:crypto';
import { ATTACHMENT_CHUNK_BYTES, CONTENT_MISMATCH_CODE, type ContentChunk, type UploadChunk, type UploadStatus } from '../../shared/sync/attachment-content';
import { inTransaction } from '../db/transaction';
import { Problem } from '../problem';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { appendChunk, chunkAt, chunksOf, discardChunks, findContent, lockContent, markComplete, visibleAttachmentSize, type StoredContent } from './attachment-content-repo';

/** Only someone who sees a complaint that added this content may know it exists: anyone else gets the same 404 as for a hash never added. */
async function sizeFor(ctx: ServerContext, caller: Actor, sha256: string): Promise<number> {
  const size = await visibleAttachmentSize(ctx.pool, caller, sha256);
  if (size === null) throw new Problem('not_found', 'no such attachment');
  return size;
}

const statusOf = (stored: StoredContent): UploadStatus => ({ size: stored.size, received: stored.received, complete: stored.complete });

export async function uploadStatus(ctx: ServerContext, caller: Actor, sha256: string): Promise<UploadStatus> {
  const size = await sizeFor(ctx, caller, sha256);
  const stored = await findContent(ctx.pool, sha256);
  return stored ? statusOf(stored) : { size, received: 0, complete: false };
}

async function hashOfStored(db: Parameters<typeof chunksOf>[0], sha256: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of chunksOf(db, sha256)) hash.update(chunk);
  return hash.digest('hex');
}

type Appended = { kind: 'status'; status: UploadStatus } | { kind: 'offset'; received: number } | { kind: 'mismatch'; why: string };

/**
 * Appends one chunk at the offset the server has. The chunk that completes the size is followed by the
 * check of the whole content's SHA-256: a mismatch (or a content longer than its size) throws every chunk
 * away — the refusal is answered after that commits, so nothing of a wrong content stays.
 */
export async function uploadChunk(ctx: ServerContext, caller: Actor, sha256: string, chunk: UploadChunk): Promise<UploadStatus> {
  const size = await sizeFor(ctx, caller, sha256);
  const data = Buffer.from(chunk.data, 'base64');
  const outcome = await inTransaction<Appended>(ctx.pool, async (tx) => {
    const stored = await lockContent(tx, sha256, size, ctx.clock());
    // Already checked (another desk uploaded the same file): nothing more to do.
    if (stored.complete) return { kind: 'status', status: statusOf(stored) };
    if (chunk.offset !== stored.received) return { kind: 'offset', received: stored.received };
    if (stored.received + data.length > stored.size) {
      await discardChunks(tx, sha256);
      return { kind: 'mismatch', why: `the content is longer than the attachment's ${stored.size} bytes` };
    }
    const received = await appendChunk(tx, sha256, chunk.offset, data);
    if (received < stored.size) return { kind: 'status', status: { size: stored.size, received, complete: false } };
    if ((await hashOfStored(tx, sha256)) !== sha256) {
      await discardChunks(tx, sha256);
      return { kind: 'mismatch', why: "the content's SHA-256 is not the attachment's" };
    }
    await markComplete(tx, sha256, ctx.clock());
    return { kind: 'status', status: { size: stored.size, received, complete: true } };
  });
  if (outcome.kind === 'offset') {
    throw new Problem('conflict', `the server has ${outcome.received} bytes: send the chunk at that offset`, [{ path: 'offset', code: 'offset_mismatch' }]);
  }
  if (outcome.kind === 'mismatch') throw new Problem('validation', `${outcome.why}; the upload was discarded`, [{ path: 'data', code: CONTENT_MISMATCH_CODE }]);
  return outcome.status;
}

/** Up to one chunk of a checked content from `offset`. */
export async function contentChunk(ctx: ServerContext, caller: Actor, sha256: string, offset: number): Promise<ContentChunk> {
  await sizeFor(ctx, caller, sha256);
  const stored = await findContent(ctx.pool, sha256);
  if (!stored?.complete) throw new Problem('conflict', 'the content has not been uploaded yet', [{ path: 'sha256', code: 'not_uploaded' }]);
  if (offset > stored.size) throw new Problem('validation', `the content has ${stored.size} bytes`, [{ path: 'offset', code: 'too_big' }]);
  if (offset === stored.size) return { size: stored.size, offset, data: '' };
  const found = await chunkAt(ctx.pool, sha256, offset);
  if (!found) throw new Problem('conflict', 'the content has not been uploaded yet', [{ path: 'sha256', code: 'not_uploaded' }]);
  const from = offset - found.start;
  const data = found.data.subarray(from, from + ATTACHMENT_CHUNK_BYTES);
  return { size: stored.size, offset, data: data.toString('base64') };
}
