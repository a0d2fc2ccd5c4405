import { readReportRows } from '../../../db/repositories/report-rows';
import type { ReportRow } from '../../../shared/domain/reports/report-row';
import { dayRangeToInstants } from '../../../shared/domain/reports/team-time';
import type { DeskContext } from '../../context';

/**
 * The complaints received in the days of the range, as report rows. The seam for sync: today the desk's
 * own complaints; once a lead's desk holds the team's, the same query covers the team.
 */
export function reportRowsReceived(ctx: DeskContext, range: { from: string; to: string }): ReportRow[] {
  const { start, end } = dayRangeToInstants(range.from, range.to);
  return readReportRows(ctx.db, start, end);
}
