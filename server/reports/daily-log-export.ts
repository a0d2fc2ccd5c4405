import type { Writable } from 'node:stream';
import { dailyLogSheets } from '../../shared/domain/reports/daily-log-sheets';
import { exportFileName } from '../../shared/domain/reports/export-file-name';
import { dayRangeToInstants } from '../../shared/domain/reports/team-time';
import type { DailyLogExportRequest } from '../../shared/org/exports';
import { writeCsv, writeXlsx } from '../../sheets/sheet-writers';
import { requireCapability, type Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { getOrgSettings } from '../services/org-settings-service';
import { readAllReportRows } from './server-report-rows';

export interface PreparedExport {
  fileName: string;
  /** Writes the file into `out`; stops with an abort error when `signal` fires (the admin went away). */
  writeTo: (out: Writable, signal: AbortSignal) => Promise<void>;
}

/**
 * The daily log of every branch, as the desk writes it for a team (the same sheets, headers and
 * masking), for admins only. The rows are read before the answer starts, so a failure is still a clean error.
 */
export async function prepareDailyLogExport(ctx: ServerContext, actor: Actor, request: DailyLogExportRequest): Promise<PreparedExport> {
  requireCapability(actor, 'allBranchesExport');
  const { deadlines } = await getOrgSettings(ctx);
  const { start, end } = dayRangeToInstants(request.range.from, request.range.to);
  const rows = await readAllReportRows(ctx.pool, start, end, deadlines);
  const { sheets } = dailyLogSheets(rows, request, ctx.clock());
  return {
    fileName: exportFileName({ kind: 'dailyLog', ...request }),
    writeTo: (out, signal) => {
      const options = { signal, onRows: () => {} };
      return request.format === 'xlsx' ? writeXlsx(out, sheets, options) : writeCsv(out, sheets.at(-1)!, options);
    },
  };
}
