import type { CellValue } from './safe-cell';
import { detailHeader, detailRow, summaryRows } from './export-sheets';
import { EXPORT_TEXTS, type ExportLanguage } from './export-texts';
import type { ReportRow } from './report-row';
import { buildTeamReport } from './team-report';

/** A sheet whose rows are produced one at a time (the 明细 of 100k complaints is never built at once). */
export interface SheetSource {
  name: string;
  rows: Iterable<CellValue[]>;
}

/**
 * The daily log (日报) of the complaints received in the range: 汇总 then 明细, and how many rows they
 * hold. The desk writes it from its database, the server from all branches' complaints: the same sheets.
 * Each complaint is let go once its 明细 row is out, so the ones written can be collected while the rest are.
 */
export function dailyLogSheets(complaints: ReportRow[], request: { range: { from: string; to: string }; language: ExportLanguage }, now: Date): { sheets: SheetSource[]; total: number } {
  const texts = EXPORT_TEXTS[request.language];
  const summary = summaryRows(buildTeamReport(complaints, { ...request.range, now }), request.language);
  function* detail(rows: (ReportRow | undefined)[]) {
    yield detailHeader(request.language);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      rows[i] = undefined;
      yield detailRow(row, request.language, now);
    }
  }
  return {
    sheets: [
      { name: texts.sheets.summary, rows: summary },
      { name: texts.sheets.detail, rows: detail(complaints) },
    ],
    total: summary.length + complaints.length + 1,
  };
}
