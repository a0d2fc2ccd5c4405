import type pg from 'pg';
import type { Complaint } from '../../shared/domain/complaint';
import { byReceipt, reportRowOf } from '../../shared/domain/reports/report-row-of';
import type { ReportRow } from '../../shared/domain/reports/report-row';
import type { DeadlineSettings } from '../../shared/domain/workflow/deadlines';

/** Documents are read in id order, so many at a time: 100k complaints never sit in one result. */
const PAGE = 2000;

/** Every branch's complaints received in [start, end) (UTC instants), as report rows, in order of receipt. */
export async function readAllReportRows(pool: pg.Pool, start: string, end: string, deadlines: DeadlineSettings): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  let after = '';
  for (;;) {
    const page = await pool.query<{ id: string; document: Complaint; branch: string | null }>(
      `SELECT c.id, c.document, b.name AS branch FROM sync_complaints c LEFT JOIN branches b ON b.id = c.branch_id
        WHERE NOT c.deleted AND c.id > $1
          AND (c.document->>'receivedAt')::timestamptz >= $2 AND (c.document->>'receivedAt')::timestamptz < $3
        ORDER BY c.id LIMIT ${PAGE}`,
      [after, start, end],
    );
    for (const r of page.rows) rows.push(reportRowOf(r.document, deadlines, r.branch));
    if (page.rows.length < PAGE) break;
    after = page.rows.at(-1)!.id;
  }
  return rows.sort(byReceipt);
}
