import { ATTACHMENT_CHUNK_BYTES, NOT_UPLOADED_CODE, type ContentChunk } from '../../shared/sync/attachment-content';
import { Problem } from '../problem';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { chunkAt, findContent, possessorsOf, type StoredContent } from './attachment-content-repo';
import { mayDownload } from './attachment-possession';
import { visibleReferences } from './attachment-references-repo';

const notUploaded = () => new Problem('conflict', 'the content has not been uploaded yet', [{ path: 'sha256', code: NOT_UPLOADED_CODE }]);

/**
 * The content, if the caller may read it: 404 when no complaint they see names it (as for a hash never
 * added); 409 `not_uploaded` until someone who added it there (or the caller) uploaded the same bytes —
 * the same answer whether or not anyone else has, so naming a hash reveals nothing and grants nothing.
 */
async function readableContent(ctx: ServerContext, caller: Actor, sha256: string): Promise<StoredContent> {
  const references = await visibleReferences(ctx.pool, caller, sha256);
  if (references.length === 0) throw new Problem('not_found', 'no such attachment');
  const stored = await findContent(ctx.pool, sha256);
  if (!stored || !mayDownload(caller, references, await possessorsOf(ctx.pool, sha256))) throw notUploaded();
  return stored;
}

/** Up to one chunk of a verified content from `offset`. */
export async function contentChunk(ctx: ServerContext, caller: Actor, sha256: string, offset: number): Promise<ContentChunk> {
  const stored = await readableContent(ctx, caller, sha256);
  if (offset > stored.size) throw new Problem('validation', `the content has ${stored.size} bytes`, [{ path: 'offset', code: 'too_big' }]);
  if (offset === stored.size) return { size: stored.size, offset, data: '' };
  const found = await chunkAt(ctx.pool, sha256, offset);
  if (!found) throw notUploaded();
  const from = offset - found.start;
  const data = found.data.subarray(from, from + ATTACHMENT_CHUNK_BYTES);
  return { size: stored.size, offset, data: data.toString('base64') };
}
