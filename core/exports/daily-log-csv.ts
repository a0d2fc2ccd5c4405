import type { CellValue } from '../../shared/domain/reports/safe-cell';
import { dailyLog, type DailyLogRequest } from '../../shared/domain/reports/daily-log-sheets';
import { exportFileName } from '../../shared/domain/reports/export-file-name';
import { withScanPageCache } from '../../db/scan-page-cache';
import { writeCsv } from '../../sheets/sheet-writers';
import type { DeskContext } from '../context';
import { countReportRowsReceived, reportRowPagesReceived } from '../services/desk-report-rows';
import type { ExportWriter } from './export-writer';

const PAGE_ROWS = 2_000;

/**
 * The desk's daily log as CSV: the 明细 only (CSV has one sheet), read a page of complaints at a time as
 * the file is written, so 100k complaints are never held at once and no 汇总 is computed for nothing.
 */
export function dailyLogCsv(ctx: DeskContext, request: DailyLogRequest & { format: 'csv' }): ExportWriter {
  const log = dailyLog(request, ctx.clock());
  const total = countReportRowsReceived(ctx, request.range) + 1;
  function* rows(): Generator<CellValue[]> {
    yield log.detailHeader;
    const nextPage = reportRowPagesReceived(ctx, request.range, PAGE_ROWS);
    let page: CellValue[][] = [];
    while (nextPage((complaint) => page.push(log.detailRow(complaint)))) {
      yield* page;
      page = [];
    }
  }
  return {
    fileName: exportFileName({ kind: 'dailyLog', ...request }),
    format: 'csv',
    total,
    write: (path, { signal, onProgress }) =>
      withScanPageCache(ctx.db, () => writeCsv(path, { name: log.sheetNames[1], rows: rows() }, { signal, onRows: (written) => onProgress(Math.min(written, total)) })),
  };
}
