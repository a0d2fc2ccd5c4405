import type { ExportRequest } from '../../shared/api/reports';
import type { SheetSource } from '../../shared/domain/reports/daily-log-sheets';
import { regulatoryRows } from '../../shared/domain/reports/export-sheets';
import { EXPORT_TEXTS } from '../../shared/domain/reports/export-texts';
import { periodDays } from '../../shared/domain/reports/periods';
import { buildRegulatoryStats } from '../../shared/domain/reports/regulatory';
import { readRegulatoryFigures } from '../../db/repositories/report-rows-repository';
import type { DeskContext } from '../context';
import { reportRowsDueEarlier, reportRowsReceived } from '../services/desk-report-rows';

type RegulatoryRequest = Extract<ExportRequest, { kind: 'regulatory' }>;

/** The regulatory statistics' one sheet and how many rows it holds (the daily log is written by daily-log-xlsx.ts and daily-log-csv.ts). */
export function regulatorySheet(ctx: DeskContext, request: RegulatoryRequest): { sheet: SheetSource; total: number } {
  const days = periodDays(request.period);
  const stats = buildRegulatoryStats(
    reportRowsReceived(ctx, days),
    { period: request.period, ...days, now: ctx.clock() },
    readRegulatoryFigures(ctx.db, request.period),
    reportRowsDueEarlier(ctx, days),
  );
  const rows = regulatoryRows(stats, request.language);
  return { sheet: { name: EXPORT_TEXTS[request.language].sheets.regulatory, rows }, total: rows.length };
}
