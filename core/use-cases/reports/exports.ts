import type { ExportRequest } from '../../../shared/api/reports';
import type { Actor } from '../../../shared/domain/actor';
import { exportFileName } from '../../../shared/domain/reports/export-file-name';
import { EXPORT_ROUTES } from '../../../shared/org/exports';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { cancelExport, startExport, startExportJob } from '../../exports/export-jobs';
import { serverExportFailure } from '../../exports/server-export-failure';
import { serverLink } from '../../services/session-link';
import { requireSupervisor } from '../team/supervisor-only';

/**
 * The desk's export of its own complaints, or (admins, online) the daily log of every branch, which
 * the server writes with the same sheets and the desk saves as it arrives; when that fails, the job's
 * end says why (server-export-failure.ts).
 */
export function startExportFor(ctx: DeskContext, actor: Actor, request: ExportRequest): { jobId: string; total: number } {
  requireSupervisor(actor);
  if (request.kind === 'dailyLog' && request.allBranches) {
    if (actor.role !== 'admin') throw DeskError.of('forbidden', 'errors.forbidden');
    const { allBranches: _, kind: __, ...body } = request;
    const { jobId, total } = startExportJob(ctx, {
      fileName: exportFileName(request),
      format: request.format,
      total: 0,
      write: (path, { signal, onProgress }) => serverLink.download(ctx, EXPORT_ROUTES.dailyLog, body, path, { signal, onBytes: onProgress }),
      failure: serverExportFailure,
    });
    return { jobId, total };
  }
  const { jobId, total } = startExport(ctx, request);
  return { jobId, total };
}

export function cancelExportFor(ctx: DeskContext, actor: Actor, jobId: string): { cancelled: boolean } {
  requireSupervisor(actor);
  return cancelExport(ctx, jobId);
}
