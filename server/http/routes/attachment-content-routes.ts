import type { FastifyInstance } from 'fastify';
import { CONTENT_ROUTES, ContentChunkParamsSchema, ContentParamsSchema, UploadChunkSchema } from '../../../shared/sync/attachment-content';
import type { ServerContext } from '../../services/context';
import { contentChunk } from '../../sync/attachment-content';
import { uploadChunk, uploadStatus } from '../../sync/attachment-upload';
import { actorOf } from '../authenticate';
import { parse } from '../parse';

/** Attachment contents: upload status, one chunk appended, one chunk read (shared/sync/attachment-content.ts). */
export function attachmentContentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(CONTENT_ROUTES.uploadPattern, async (request) => {
    const caller = await actorOf(ctx, request);
    return uploadStatus(ctx, caller, parse(ContentParamsSchema, request.params, 'path').sha256);
  });
  app.post(CONTENT_ROUTES.uploadPattern, async (request) => {
    const caller = await actorOf(ctx, request);
    const { sha256 } = parse(ContentParamsSchema, request.params, 'path');
    return uploadChunk(ctx, caller, sha256, parse(UploadChunkSchema, request.body));
  });
  app.get(CONTENT_ROUTES.contentPattern, async (request) => {
    const caller = await actorOf(ctx, request);
    const { sha256, offset } = parse(ContentChunkParamsSchema, request.params, 'path');
    return contentChunk(ctx, caller, sha256, offset);
  });
}
