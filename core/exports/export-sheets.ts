import type { ExportRequest } from '../../shared/api/reports';
import { dailyLogSheets, type SheetSource } from '../../shared/domain/reports/daily-log-sheets';
import { regulatoryRows } from '../../shared/domain/reports/export-sheets';
import { EXPORT_TEXTS } from '../../shared/domain/reports/export-texts';
import { periodDays } from '../../shared/domain/reports/periods';
import { buildRegulatoryStats } from '../../shared/domain/reports/regulatory';
import { readRegulatoryFigures } from '../../db/repositories/report-rows';
import type { DeskContext } from '../context';
import { reportRowsReceived } from '../use-cases/reports/report-rows';

/** The sheets of an export and how many rows they hold; CSV takes the last (the detail, or the statistics). */
export function exportSheets(ctx: DeskContext, request: ExportRequest): { sheets: SheetSource[]; total: number } {
  const now = ctx.clock();
  const texts = EXPORT_TEXTS[request.language];
  if (request.kind === 'regulatory') {
    const days = periodDays(request.period);
    const stats = buildRegulatoryStats(reportRowsReceived(ctx, days), { period: request.period, ...days, now }, readRegulatoryFigures(ctx.db, request.period));
    const rows = regulatoryRows(stats, request.language);
    return { sheets: [{ name: texts.sheets.regulatory, rows }], total: rows.length };
  }
  return dailyLogSheets(reportRowsReceived(ctx, request.range), request, now);
}
