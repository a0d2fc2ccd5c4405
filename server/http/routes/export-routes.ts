import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DailyLogExportRequestSchema, EXPORT_CONTENT_TYPES, EXPORT_ROUTES, QuarterlyExportRequestSchema } from '../../../shared/org/exports';
import { prepareDailyLogExport, type PreparedExport } from '../../reports/daily-log-export';
import { prepareQuarterlyExport } from '../../reports/quarterly-export';
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
    return stream(reply, body.format, await prepareDailyLogExport(ctx, await actorOf(ctx, request), body));
  });
  app.post(EXPORT_ROUTES.quarterly, async (request, reply) => {
    const body = parse(QuarterlyExportRequestSchema, request.body);
    return stream(reply, body.format, await prepareQuarterlyExport(ctx, await actorOf(ctx, request), body));
  });
}

/** The prepared file streamed as the answer: a client that leaves stops the writing. */
function stream(reply: FastifyReply, format: keyof typeof EXPORT_CONTENT_TYPES, prepared: PreparedExport) {
  const out = new PassThrough();
  const abort = new AbortController();
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) abort.abort();
  });
  prepared.writeTo(out, abort.signal).then(
    () => out.end(),
    (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return reply.header('content-type', EXPORT_CONTENT_TYPES[format]).header('content-disposition', attachment(prepared.fileName)).send(out);
}
