import { CONTENT_ROUTES, ContentChunkSchema, UploadStatusSchema, type ContentChunk, type UploadChunk, type UploadStatus } from '../../shared/sync/attachment-content';
import type { DeskContext } from '../context';
import { serverLink } from '../use-cases/session/session-link';

/**
 * How attachment contents travel between this desk and the server. A refusal is a ServerRefusal with
 * the server's status (404: not the caller's to see, 409: wrong offset or not uploaded yet, 400: the
 * content was discarded); no answer at all is a ServerUnreachable.
 */
export interface ContentTransport {
  uploadStatus(sha256: string): Promise<UploadStatus>;
  uploadChunk(sha256: string, chunk: UploadChunk): Promise<UploadStatus>;
  downloadChunk(sha256: string, offset: number): Promise<ContentChunk>;
}

/** Through the desk's one server link (tokens, refresh, company CA). */
export function httpContentTransport(ctx: DeskContext): ContentTransport {
  return {
    uploadStatus: (sha256) => serverLink.call(ctx, { method: 'GET', route: 'sync', path: CONTENT_ROUTES.upload(sha256), answer: UploadStatusSchema }),
    uploadChunk: (sha256, body) => serverLink.call(ctx, { method: 'POST', route: 'sync', path: CONTENT_ROUTES.upload(sha256), body, answer: UploadStatusSchema }),
    downloadChunk: (sha256, offset) => serverLink.call(ctx, { method: 'GET', route: 'sync', path: CONTENT_ROUTES.content(sha256, offset), answer: ContentChunkSchema }),
  };
}

/** The desk's transport for contents: a test's (set on the context), else HTTP. */
export const contentTransportOf = (ctx: DeskContext): ContentTransport => ctx.contentTransport ?? httpContentTransport(ctx);
