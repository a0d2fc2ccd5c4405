import { dailyLog, type DailyLogRequest } from '../../shared/domain/reports/daily-log-sheets';
import { exportFileName } from '../../shared/domain/reports/export-file-name';
import { withScanPageCache } from '../../db/scan-page-cache';
import { BATCH_ROWS, writeXlsxInWorker } from '../../sheets/xlsx-worker-writer';
import type { DeskContext } from '../context';
import { countReportRowsReceived, reportRowPagesReceived, reportRowsDueEarlier } from '../services/desk-report-rows';
import type { ExportWriter } from './export-writer';

const SUMMARY = 0;
const DETAIL = 1;

/**
 * The desk's daily log as XLSX. This thread reads the complaints a page at a time and maps them to 明细
 * rows while a worker thread writes them (sheets/xlsx-worker-writer.ts), so the two overlap on two
 * cores and the desk keeps answering between pages; the 汇总 needs every complaint, so it is fed last
 * and is still the workbook's first sheet. docs/export-performance.md has the measurements.
 */
export function dailyLogXlsx(ctx: DeskContext, request: DailyLogRequest & { format: 'xlsx' }): ExportWriter {
  const log = dailyLog(request, ctx.clock());
  // The 明细's rows (header included) for the progress bar; the 汇总's few dozen rows come last.
  const total = countReportRowsReceived(ctx, request.range) + 1;
  return {
    fileName: exportFileName({ kind: 'dailyLog', ...request }),
    format: 'xlsx',
    total,
    // Reading every complaint of the range, with a small page cache (db/scan-page-cache.ts).
    write: (path, { signal, onProgress }) =>
      withScanPageCache(ctx.db, () => writeXlsxInWorker(path, log.sheetNames, { signal, onRows: (written) => onProgress(Math.min(written, total)) }, async (sink) => {
        const nextPage = reportRowPagesReceived(ctx, request.range, BATCH_ROWS);
        // Each complaint is tallied for the 汇总 and mapped to its 明细 row as it is read, then let go.
        const summary = log.summary();
        const sendPage = (): boolean =>
          nextPage((complaint) => {
            summary.add(complaint);
            sink.addRow(DETAIL, log.detailRow(complaint));
          });
        sink.addRow(DETAIL, log.detailHeader);
        while (sendPage()) await sink.room();
        for (const complaint of reportRowsDueEarlier(ctx, request.range)) summary.addEarlier(complaint);
        for (const row of summary.rows()) sink.addRow(SUMMARY, row);
      })),
  };
}
