import { CONTENT_ROUTES, ContentChunkSchema, UploadStatusSchema } from '../../shared/sync/attachment-content';
import type { ContentTransport } from '../attachments/content-transport';
import type { DeskContext } from '../context';
import { serverLink } from '../services/session-link';

export type { ContentTransport } from '../attachments/content-transport';

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
