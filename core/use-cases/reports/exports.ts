import type { ExportRequest } from '../../../shared/api/reports';
import type { Actor } from '../../../shared/domain/actor';
import { exportFileName } from '../../../shared/domain/reports/export-file-name';
import { EXPORT_ROUTES } from '../../../shared/org/exports';
import type { DeskContext } from '../../context';
import { cancelExport, startExport, startExportJob } from '../../exports/export-jobs';
import { serverExportFailure } from '../../exports/server-export-failure';
import { serverLink } from '../../services/session-link';
import { requireCapability } from '../require-capability';

/**
 * The desk's export of its own complaints, or (admins, online) the daily log of every branch, which
 * the server writes with the same sheets and the desk saves as it arrives; when that fails, the job's
 * end says why (server-export-failure.ts).
 */
export function startExportFor(ctx: DeskContext, actor: Actor, request: ExportRequest): { jobId: string; total: number } {
  requireCapability(actor, 'reports');
  if (request.kind === 'dailyLog' && request.allBranches) {
    requireCapability(actor, 'allBranchesExport');
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
  requireCapability(actor, 'reports');
  return cancelExport(ctx, jobId);
}
