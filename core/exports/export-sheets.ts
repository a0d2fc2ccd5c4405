import type { ExportRequest } from '../../shared/api/reports';
import { detailHeader, detailRow, regulatoryRows, summaryRows } from '../../shared/domain/reports/export-sheets';
import { EXPORT_TEXTS } from '../../shared/domain/reports/export-texts';
import { periodDays } from '../../shared/domain/reports/periods';
import { buildRegulatoryStats } from '../../shared/domain/reports/regulatory';
import { buildTeamReport } from '../../shared/domain/reports/team-report';
import { readRegulatoryFigures } from '../../db/repositories/report-rows';
import type { DeskContext } from '../context';
import { reportRowsReceived } from '../use-cases/reports/report-rows';
import type { ReportRow } from '../../shared/domain/reports/report-row';
import type { SheetSource } from './sheet-writers';

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
  const complaints = reportRowsReceived(ctx, request.range);
  const summary = summaryRows(buildTeamReport(complaints, { ...request.range, now }), request.language);
  function* detail(rows: (ReportRow | undefined)[]) {
    yield detailHeader(request.language);
    // Each complaint is let go once its row is out, so the ones already written can be collected while the rest are.
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      rows[i] = undefined;
      yield detailRow(row, request.language, now);
    }
  }
  const total = summary.length + complaints.length + 1;
  return {
    sheets: [
      { name: texts.sheets.summary, rows: summary },
      { name: texts.sheets.detail, rows: detail(complaints) },
    ],
    total,
  };
}
