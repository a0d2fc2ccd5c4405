import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES_CEILING } from '../domain/attachments/attachment';

/**
 * Attachment contents between desks and the server, beside the metadata that syncs with the complaint:
 * uploaded in chunks from the offset the server has of the caller's own upload (resumable; each person's
 * upload is staged apart), checked there by SHA-256 and the size the uploader states, and
 * downloaded in chunks on demand — only by proof of possession: the person who added the attachment on a
 * complaint the caller sees, or the caller, uploaded the same bytes. Every body is JSON, so the server's
 * one body limit holds: a chunk is base64 of at most ATTACHMENT_CHUNK_BYTES.
 */
export const ATTACHMENT_CHUNK_BYTES = 128 * 1024;
const CHUNK_BASE64_MAX = Math.ceil(ATTACHMENT_CHUNK_BYTES / 3) * 4;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const offset = z.string().regex(/^\d{1,15}$/).transform(Number);

/** Paths relative to API_PREFIX; the route patterns are what the server registers. */
export const CONTENT_ROUTES = {
  uploadPattern: '/attachments/:sha256/upload',
  contentPattern: '/attachments/:sha256/content/:offset',
  upload: (hash: string) => `/attachments/${hash}/upload`,
  content: (hash: string, at: number) => `/attachments/${hash}/content/${at}`,
} as const;

export const ContentParamsSchema = z.object({ sha256 }).strict();
export const ContentChunkParamsSchema = z.object({ sha256, offset }).strict();

/** How far the caller's upload is: the bytes the server holds of its size; complete once the caller's bytes passed the hash check. */
export const UploadStatusSchema = z.object({
  size: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type UploadStatus = z.infer<typeof UploadStatusSchema>;

/**
 * One chunk appended at `offset`, which must be what the server has received so far of the caller's
 * upload. `size` is the whole content's, as the uploading desk knows it: the upload is held to it, so it
 * needs no attachment on the server yet. Without it (an older desk) the size of an attachment the caller
 * sees naming the content is used, their own first.
 */
export const UploadChunkSchema = z
  .object({
    offset: z.number().int().nonnegative(),
    data: z.base64().min(1).max(CHUNK_BASE64_MAX),
    size: z.number().int().positive().max(ATTACHMENT_MAX_BYTES_CEILING).optional(),
  })
  .strict();
export type UploadChunk = z.infer<typeof UploadChunkSchema>;

/** Up to one chunk of a complete content, from `offset`; the desk asks again from offset + its length. */
export const ContentChunkSchema = z.object({
  size: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  data: z.string(),
});
export type ContentChunk = z.infer<typeof ContentChunkSchema>;

/** The field code of a refused last chunk: the whole content's hash or size is not the attachment's; the upload was discarded. */
export const CONTENT_MISMATCH_CODE = 'content_mismatch';

/** The field code of a download refused because no one entitled to it has uploaded the content (yet): the same answer whether or not anyone else has. */
export const NOT_UPLOADED_CODE = 'not_uploaded';

/** The field code of an upload whose attachment claims more than any desk may attach (ATTACHMENT_MAX_BYTES_CEILING). */
export const CONTENT_TOO_LARGE_CODE = 'content_too_large';
