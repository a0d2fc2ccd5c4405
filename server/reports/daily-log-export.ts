import type { Writable } from 'node:stream';
import { dailyLog } from '../../shared/domain/reports/daily-log-sheets';
import { exportFileName } from '../../shared/domain/reports/export-file-name';
import { summaryRows } from '../../shared/domain/reports/export-sheets';
import { dayRangeToInstants } from '../../shared/domain/reports/team-time';
import type { DailyLogExportRequest } from '../../shared/org/exports';
import { writeCsvFed } from '../../sheets/sheet-writers';
import { writeXlsxInOrder } from '../../sheets/xlsx-in-order';
import { requireCapability, type Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { getOrgSettings } from '../services/org-settings-service';
import { teamReportFromSql } from './report-figures';
import { FIRST_REPORT_PAGE, forEachReportPage, reportPage } from './server-report-rows';

export interface PreparedExport {
  fileName: string;
  /** Writes the file into `out`; stops with an abort error when `signal` fires (the admin went away). */
  writeTo: (out: Writable, signal: AbortSignal) => Promise<void>;
}

const SUMMARY = 0;
const DETAIL = 1;

/**
 * The daily log of every branch, as the desk writes it for a team (the same sheets, headers and
 * masking), for admins only. Only the first page is read before the answer starts (so a refusal or a
 * database failure is still a clean error); then each page of complaints, in order of receipt from an
 * index, is written to the 明细 and let go, so the first bytes leave at once and a year of a national
 * insurer's complaints is never in memory. The 汇总 — the dashboard's figures — is counted by PostgreSQL
 * (report-figures.ts, held equal to the shared buildTeamReport by a property test) and written last; it is
 * still the workbook's first sheet.
 */
export async function prepareDailyLogExport(ctx: ServerContext, actor: Actor, request: DailyLogExportRequest): Promise<PreparedExport> {
  requireCapability(actor, 'allBranchesExport');
  const { deadlines } = await getOrgSettings(ctx);
  const range = dayRangeToInstants(request.range.from, request.range.to);
  const first = await reportPage(ctx.pool, range, null, FIRST_REPORT_PAGE);
  const now = ctx.clock();
  const log = dailyLog(request, now);
  return {
    fileName: exportFileName({ kind: 'dailyLog', ...request }),
    writeTo: (out, signal) => {
      const onRows = () => {};
      if (request.format === 'csv') {
        // One sheet, the 明细, written as the pages are read.
        return writeCsvFed(out, { signal, onRows }, async (addRows) => {
          await addRows([log.detailHeader]);
          await forEachReportPage(ctx.pool, range, deadlines, (rows) => addRows(rows.map(log.detailRow)), first);
        });
      }
      return writeXlsxInOrder(out, log.sheetNames, { signal, onRows }, async (feed) => {
        await feed.addRows(DETAIL, [log.detailHeader]);
        await forEachReportPage(ctx.pool, range, deadlines, (rows) => feed.addRows(DETAIL, rows.map(log.detailRow)), first);
        const report = await teamReportFromSql(ctx.pool, { ...request.range, now }, deadlines);
        await feed.addRows(SUMMARY, summaryRows(report, request.language));
      });
    },
  };
}
