import type { ExportRequest } from '../../../shared/api/reports';
import type { Actor } from '../../../shared/domain/actor';
import type { DeskContext } from '../../context';
import { cancelExport, startExport } from '../../exports/export-jobs';
import { requireSupervisor } from '../team/supervisor-only';

export function startExportFor(ctx: DeskContext, actor: Actor, request: ExportRequest): { jobId: string; total: number } {
  requireSupervisor(actor);
  const { jobId, total } = startExport(ctx, request);
  return { jobId, total };
}

export function cancelExportFor(ctx: DeskContext, actor: Actor, jobId: string): { cancelled: boolean } {
  requireSupervisor(actor);
  return cancelExport(ctx, jobId);
}
