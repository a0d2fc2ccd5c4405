import { z } from 'zod';

/**
 * Attachment contents between desks and the server, beside the metadata that syncs with the complaint:
 * uploaded in chunks from the offset the server has (resumable), checked there by SHA-256 and size
 * against the `attachment.added` event, and downloaded in chunks on demand. Every body is JSON, so
 * the server's one body limit holds: a chunk is base64 of at most ATTACHMENT_CHUNK_BYTES.
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

/** How far an upload is: the bytes the server holds of the content's size; complete once checked by hash. */
export const UploadStatusSchema = z.object({
  size: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type UploadStatus = z.infer<typeof UploadStatusSchema>;

/** One chunk appended at `offset`, which must be what the server has received so far. */
export const UploadChunkSchema = z
  .object({
    offset: z.number().int().nonnegative(),
    data: z.base64().min(1).max(CHUNK_BASE64_MAX),
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
