import { createHash } from 'node:crypto';
import { ATTACHMENT_MAX_BYTES_CEILING } from '../../shared/domain/attachments/attachment';
import { CONTENT_MISMATCH_CODE, CONTENT_TOO_LARGE_CODE, type UploadChunk, type UploadStatus } from '../../shared/sync/attachment-content';
import { inTransaction } from '../db/transaction';
import type { Queryable } from '../db/queryable';
import { Problem } from '../problem';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { storeVerified, uploadedSize } from './attachment-content-repo';
import { claimedSize } from './attachment-possession';
import { visibleReferences } from './attachment-references-repo';
import { appendUploadChunk, discardUpload, findUpload, lockUpload, uploadChunksOf } from './attachment-upload-repo';

/**
 * The size an attachment the caller sees gives the content (their own first), for an upload that states
 * none: no such attachment is the same 404 as for a hash never added; never more than a desk may attach.
 */
async function referencedSize(db: Queryable, caller: Actor, sha256: string): Promise<number> {
  const size = claimedSize(caller.employeeNo, await visibleReferences(db, caller, sha256));
  if (size === null) throw new Problem('not_found', 'no such attachment');
  if (size > ATTACHMENT_MAX_BYTES_CEILING) {
    throw new Problem('validation', `the attachment claims ${size} bytes, more than the ${ATTACHMENT_MAX_BYTES_CEILING} any desk may attach`, [{ path: 'sha256', code: CONTENT_TOO_LARGE_CODE }]);
  }
  return size;
}

/** The caller's own upload, done once their bytes passed the check (whether or not the server held the content already). */
async function doneStatus(db: Queryable, caller: Actor, sha256: string): Promise<UploadStatus | null> {
  const size = await uploadedSize(db, sha256, caller.userId);
  return size === null ? null : { size, received: size, complete: true };
}

/**
 * Where the caller's upload resumes. Says nothing of anyone else's upload: a hash someone else uploaded
 * looks like one never uploaded. 404 when the caller has neither an upload of it nor an attachment naming it.
 */
export async function uploadStatus(ctx: ServerContext, caller: Actor, sha256: string): Promise<UploadStatus> {
  const done = await doneStatus(ctx.pool, caller, sha256);
  if (done) return done;
  const staged = await findUpload(ctx.pool, sha256, caller.userId);
  if (staged) return { ...staged, complete: false };
  return { size: await referencedSize(ctx.pool, caller, sha256), received: 0, complete: false };
}

async function hashOfUpload(db: Queryable, sha256: string, uploaderId: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of uploadChunksOf(db, sha256, uploaderId)) hash.update(chunk);
  return hash.digest('hex');
}

type Appended = { kind: 'status'; status: UploadStatus } | { kind: 'offset'; received: number } | { kind: 'mismatch'; why: string };

/**
 * Appends one chunk to the caller's own upload, at the offset the server has of it, held to the size the
 * chunk states (else the one it began with, else the caller's attachment's; a size other than the one the
 * upload began with discards it). Anyone signed in may upload: it grants nothing until an attachment
 * names the content. The chunk that completes the size is followed by the check of the whole content's
 * SHA-256: a mismatch (or a content longer than its size) throws the caller's chunks away — the refusal
 * is answered after that commits. Verified bytes become the one stored copy if the server has none yet,
 * and the caller is recorded as having uploaded them. No one's upload touches another's.
 */
export async function uploadChunk(ctx: ServerContext, caller: Actor, sha256: string, chunk: UploadChunk): Promise<UploadStatus> {
  const data = Buffer.from(chunk.data, 'base64');
  const outcome = await inTransaction<Appended>(ctx.pool, async (tx) => {
    const done = await doneStatus(tx, caller, sha256);
    if (done) return { kind: 'status', status: done };
    const size = chunk.size ?? (await findUpload(tx, sha256, caller.userId))?.size ?? (await referencedSize(tx, caller, sha256));
    const staged = await lockUpload(tx, sha256, caller.userId, size, ctx.clock());
    if (staged.size !== size) {
      await discardUpload(tx, sha256, caller.userId);
      return { kind: 'mismatch', why: `your upload was started as ${staged.size} bytes, not ${size}` };
    }
    if (chunk.offset !== staged.received) return { kind: 'offset', received: staged.received };
    if (staged.received + data.length > staged.size) {
      await discardUpload(tx, sha256, caller.userId);
      return { kind: 'mismatch', why: `the content is longer than your upload's ${staged.size} bytes` };
    }
    const received = await appendUploadChunk(tx, sha256, caller.userId, chunk.offset, data);
    if (received < staged.size) return { kind: 'status', status: { size: staged.size, received, complete: false } };
    if ((await hashOfUpload(tx, sha256, caller.userId)) !== sha256) {
      await discardUpload(tx, sha256, caller.userId);
      return { kind: 'mismatch', why: "the content's SHA-256 is not the attachment's" };
    }
    await storeVerified(tx, sha256, caller.userId, staged.size, ctx.clock());
    return { kind: 'status', status: { size: staged.size, received, complete: true } };
  });
  if (outcome.kind === 'offset') {
    throw new Problem('conflict', `the server has ${outcome.received} bytes of your upload: send the chunk at that offset`, [{ path: 'offset', code: 'offset_mismatch' }]);
  }
  if (outcome.kind === 'mismatch') throw new Problem('validation', `${outcome.why}; your upload was discarded`, [{ path: 'data', code: CONTENT_MISMATCH_CODE }]);
  return outcome.status;
}
