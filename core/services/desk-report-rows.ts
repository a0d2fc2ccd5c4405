import { countReportRows, readEarlierDueRows, readReportRows, visitReportRowPage, type ReportRowCursor } from '../../db/repositories/report-rows-repository';
import { DUE_LOOKBACK_DAYS, type DecisionTimeRow } from '../../shared/domain/reports/quarterly/timeliness';
import { DAY_MS } from '../../shared/domain/reports/report-row';
import type { ReportRow } from '../../shared/domain/reports/report-row';
import { dayRangeToInstants } from '../../shared/domain/reports/team-time';
import type { DeskContext } from '../context';

type DayRange = { from: string; to: string };

/**
 * The complaints received in the days of the range, as report rows. The seam for sync: today the desk's
 * own complaints; once a lead's desk holds the team's, the same query covers the team.
 */
export function reportRowsReceived(ctx: DeskContext, range: DayRange): ReportRow[] {
  const { start, end } = dayRangeToInstants(range.from, range.to);
  return readReportRows(ctx.db, start, end);
}

/** The complaints received before the range whose deadline falls in it: the 15/30/60-day shares count them too. */
export function reportRowsDueEarlier(ctx: DeskContext, range: DayRange): DecisionTimeRow[] {
  const { start, end } = dayRangeToInstants(range.from, range.to);
  return readEarlierDueRows(ctx.db, new Date(Date.parse(start) - DUE_LOOKBACK_DAYS * DAY_MS).toISOString(), start, end);
}

export function countReportRowsReceived(ctx: DeskContext, range: DayRange): number {
  const { start, end } = dayRangeToInstants(range.from, range.to);
  return countReportRows(ctx.db, start, end);
}

/**
 * The same complaints in the same order, a page at a time: each call hands the next page's complaints to
 * `visit` one by one (each page its own query, so the database answers other calls while the caller
 * works between pages) and answers whether there was a page. A complaint received meanwhile may or may
 * not be in it (there is no snapshot across pages); none is read twice or skipped.
 */
export function reportRowPagesReceived(ctx: DeskContext, range: DayRange, pageSize: number): (visit: (row: ReportRow) => void) => boolean {
  const { start, end } = dayRangeToInstants(range.from, range.to);
  let cursor: ReportRowCursor | null = null;
  let ended = false;
  return (visit) => {
    if (ended) return false;
    cursor = visitReportRowPage(ctx.db, start, end, cursor, pageSize, visit);
    ended = cursor === null;
    return true;
  };
}
