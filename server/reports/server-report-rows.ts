import type pg from 'pg';
import type { Complaint } from '../../shared/domain/complaint';
import { reportRowOf } from '../../shared/domain/reports/report-row-of';
import type { ReportRow } from '../../shared/domain/reports/report-row';
import type { DeadlineSettings } from '../../shared/domain/workflow/deadlines';
import type { Queryable } from '../db/queryable';

/** Complaints per page: a page's documents are held while their rows are written, then let go. */
export const REPORT_PAGE = 1000;
/** The first page is short, so the first bytes of the file leave as soon as possible. */
export const FIRST_REPORT_PAGE = 200;

type Row = { id: string; received_at: Date; document: Complaint; branch: string | null };

/**
 * One page of every branch's complaints received in [start, end) (UTC instants), after `after`, in order
 * of receipt (byReceipt's: received, then id by code point), from the index sync_complaints_received (server
 * migration 14): the page costs the same at the start of a year as at its end, and nothing sorts in memory.
 */
export async function reportPage(
  db: Queryable | pg.Pool,
  range: { start: string; end: string },
  after: { receivedAt: Date; id: string } | null,
  limit = REPORT_PAGE,
): Promise<Row[]> {
  const { rows } = await db.query<Row>(
    `SELECT c.id, c.received_at, c.document, b.name AS branch FROM sync_complaints c LEFT JOIN branches b ON b.id = c.branch_id
      WHERE NOT c.deleted AND c.received_at >= $1 AND c.received_at < $2
        AND ($3::timestamptz IS NULL OR (c.received_at, c.id COLLATE "C") > ($3::timestamptz, $4::text COLLATE "C"))
      ORDER BY c.received_at, c.id COLLATE "C" LIMIT $5`,
    [range.start, range.end, after?.receivedAt ?? null, after?.id ?? null, limit],
  );
  return rows;
}

/**
 * Every branch's complaints received in [start, end), as report rows, a page at a time in order of receipt:
 * `each` gets a page's rows and may write them (awaited) before the next page is read.
 */
export async function forEachReportPage(
  db: pg.Pool,
  range: { start: string; end: string },
  deadlines: DeadlineSettings,
  each: (rows: ReportRow[]) => Promise<void>,
  /** The first page, read already (with FIRST_REPORT_PAGE as its limit). */
  first?: Row[],
): Promise<number> {
  let page = first ?? (await reportPage(db, range, null, FIRST_REPORT_PAGE));
  let limit = FIRST_REPORT_PAGE;
  let total = 0;
  for (;;) {
    total += page.length;
    const last = page.at(-1);
    await each(page.map((r) => reportRowOf(r.document, deadlines, r.branch)));
    if (page.length < limit || !last) return total;
    limit = REPORT_PAGE;
    page = await reportPage(db, range, { receivedAt: last.received_at, id: last.id });
  }
}

/** Every branch's complaints received in [start, end) as report rows, in order of receipt, all at once (tests and small ranges). */
export async function readAllReportRows(db: pg.Pool, start: string, end: string, deadlines: DeadlineSettings): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  await forEachReportPage(db, { start, end }, deadlines, async (page) => {
    rows.push(...page);
  });
  return rows;
}
