import type { CellValue } from './safe-cell';
import { detailHeader, detailRow, summaryRows, type SheetRows } from './export-sheets';
import { EXPORT_TEXTS, type ExportLanguage } from './export-texts';
import type { ReportRow } from './report-row';
import { TeamReportTally, type TeamReportRow } from './team-report';
import type { DecisionTimeRow } from './quarterly/timeliness';

/** A sheet whose rows are produced one at a time (the 明细 of 100k complaints is never built at once). */
export interface SheetSource {
  name: string;
  rows: Iterable<CellValue[]>;
}

export interface DailyLogRequest {
  range: { from: string; to: string };
  language: ExportLanguage;
}

/**
 * The daily log (日报) of the complaints received in the range, in parts: 汇总 then 明细 (the sheet
 * names in the workbook's order), the 明细's header and one row per complaint, and the 汇总 tallied
 * one complaint at a time. A writer may write the 明细 as complaints are read, let each go, and write
 * the 汇总 once it has seen them all.
 */
export interface DailyLog {
  sheetNames: [summary: string, detail: string];
  detailHeader: CellValue[];
  detailRow: (complaint: ReportRow) => CellValue[];
  /** The 汇总: `add` each complaint received in the range, `addEarlier` each received before it whose deadline falls in it. */
  summary: () => { add: (complaint: TeamReportRow) => void; addEarlier: (complaint: DecisionTimeRow) => void; rows: () => SheetRows };
}

export function dailyLog(request: DailyLogRequest, now: Date): DailyLog {
  const texts = EXPORT_TEXTS[request.language];
  return {
    sheetNames: [texts.sheets.summary, texts.sheets.detail],
    detailHeader: detailHeader(request.language),
    detailRow: (complaint) => detailRow(complaint, request.language, now),
    summary: () => {
      const tally = new TeamReportTally({ ...request.range, now });
      return { add: (complaint) => tally.add(complaint), addEarlier: (complaint) => tally.addEarlier(complaint), rows: () => summaryRows(tally.report(), request.language) };
    },
  };
}

/**
 * The daily log's sheets in order, from complaints already read, and how many rows they hold. The desk's
 * CSV and the server's all-branches export write these; the desk's XLSX streams the same parts (core/exports).
 * Each complaint is let go once its 明细 row is out, so the ones written can be collected while the rest are.
 * `earlier`: the complaints received before the range whose deadline falls in it (the 15/30/60-day shares count them).
 */
export function dailyLogSheets(
  complaints: ReportRow[],
  request: DailyLogRequest,
  now: Date,
  earlier: readonly DecisionTimeRow[] = [],
): { sheets: SheetSource[]; total: number } {
  const log = dailyLog(request, now);
  const tally = log.summary();
  for (const complaint of complaints) tally.add(complaint);
  for (const complaint of earlier) tally.addEarlier(complaint);
  const summary = tally.rows();
  function* detail(rows: (ReportRow | undefined)[]) {
    yield log.detailHeader;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      rows[i] = undefined;
      yield log.detailRow(row);
    }
  }
  return {
    sheets: [
      { name: log.sheetNames[0], rows: summary },
      { name: log.sheetNames[1], rows: detail(complaints) },
    ],
    total: summary.length + complaints.length + 1,
  };
}
