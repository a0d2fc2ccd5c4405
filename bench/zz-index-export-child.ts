import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '../db/open';
import { startExport, takeExportFile } from '../core/exports/export-jobs';
import { reportRowsReceived } from '../core/services/desk-report-rows';
import { dailyLogSheets } from '../shared/domain/reports/daily-log-sheets';
import { benchContext } from './support/team-desk';

/**
 * One export in its own process, so its peak RSS is the export's alone: `streaming <db> <from> <to>`
 * through the desk's export job, or `workbook <db> <from> <to>` with exceljs's non-streaming Workbook.
 * Prints {"seconds":…,"cpuSeconds":…,"peakRssMb":…,"rssBeforeMb":…,"rows":…}: the CPU time (all of the
 * process's threads, zlib's included) says what the wall time would be on an idle machine, and the peak
 * RSS before the export (tsx, the modules, the open database) how much of the peak is the export's own.
 */
async function main() {
  const [mode, dbPath, from, to] = process.argv.slice(2) as [string, string, string, string];
  const db = openDatabase(dbPath);
  if (process.env.CACHE_KIB) db.pragma(`cache_size = -${process.env.CACHE_KIB}`);
  const ctx = benchContext(db);
  const peakOf = () => process.memoryUsage();
  const timer = setInterval(() => { const m = peakOf(); if (m.rss > (globalThis as any).maxRss?.rss || !(globalThis as any).maxRss) (globalThis as any).maxRss = m; }, 20);
  const request = { kind: 'dailyLog', range: { from, to }, format: 'xlsx', language: 'zh-CN' } as const;
  const rssBeforeMb = process.resourceUsage().maxRSS / 1024;
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  let rows = 0;
  if (mode === 'streaming') {
    const job = startExport(ctx, request);
    rows = job.total;
    await job.done;
    takeExportFile(ctx, job.jobId)?.release();
  } else {
    const { sheets, total } = dailyLogSheets(reportRowsReceived(ctx, request.range), request, ctx.clock());
    rows = total;
    const workbook = new ExcelJS.Workbook();
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      for (const row of sheet.rows) worksheet.addRow(row);
    }
    await workbook.xlsx.writeFile(join(dbPath, '..', 'workbook.xlsx'));
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  db.close(); clearInterval(timer); console.error(JSON.stringify((globalThis as any).maxRss));
  console.log(JSON.stringify({ seconds, cpuSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeMb, rows }));
}
void main();
