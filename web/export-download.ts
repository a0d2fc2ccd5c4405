import type { FastifyInstance } from 'fastify';
import { createReadStream } from 'node:fs';
import type { Desk } from '../core/desk';
import { takeExportFile } from '../core/exports/export-jobs';
import { currentAgent } from '../core/services/current-agent';
import { mayCall } from '../shared/api/contract';
import { tokenMatches } from './session-token';

/**
 * GET /api/exports/:jobId?token=…: a finished export, downloaded once (the browser navigates here, so the
 * token rides in the query as for the event stream); the file is removed once sent.
 */
export function registerExportDownload(app: FastifyInstance, desk: Desk, token: string): void {
  app.get<{ Params: { jobId: string }; Querystring: { token?: string } }>('/api/exports/:jobId', (request, reply) => {
    if (!tokenMatches(token, request.query.token)) return reply.code(401).send({ ok: false, error: { code: 'unauthenticated', messageKey: 'errors.sessionExpired' } });
    if (!mayCall('exports.start', currentAgent(desk.ctx))) return reply.code(403).send({ ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } });
    const file = takeExportFile(desk.ctx, request.params.jobId);
    if (!file) return reply.code(404).send({ ok: false, error: { code: 'not_found', messageKey: 'reports.export.gone' } });
    const stream = createReadStream(file.path);
    stream.on('close', file.release);
    const type = file.fileName.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return reply
      .header('content-type', type)
      .header('content-disposition', `attachment; filename="export.${file.fileName.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .send(stream);
  });
}
