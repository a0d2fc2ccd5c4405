import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { DailyLogExportRequestSchema, EXPORT_CONTENT_TYPES, EXPORT_ROUTES } from '../../../shared/org/exports';
import { prepareDailyLogExport } from '../../reports/daily-log-export';
import type { ServerContext } from '../../services/context';
import { actorOf } from '../authenticate';
import { parse } from '../parse';

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name (投诉日报_….xlsx) that browsers and desks use. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function exportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // Streamed: the workbook goes out as it is written, never whole in memory; a client that leaves stops it.
  app.post(EXPORT_ROUTES.dailyLog, async (request, reply) => {
    const body = parse(DailyLogExportRequestSchema, request.body);
    const prepared = await prepareDailyLogExport(ctx, await actorOf(ctx, request), body);
    const out = new PassThrough();
    const abort = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) abort.abort();
    });
    prepared.writeTo(out, abort.signal).then(
      () => out.end(),
      (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
    );
    return reply.header('content-type', EXPORT_CONTENT_TYPES[body.format]).header('content-disposition', attachment(prepared.fileName)).send(out);
  });
}
