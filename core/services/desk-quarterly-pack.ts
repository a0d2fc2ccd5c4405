import { complaintRecordsReceived } from '../../db/repositories/complaint-records-received';
import { buildQuarterlyPack, type QuarterlyPack } from '../../shared/domain/reports/quarterly/quarterly-pack';
import { quarterlyReadRange } from '../../shared/domain/reports/quarterly/quarterly-request';
import { quarterlyRowOf } from '../../shared/domain/reports/quarterly/quarterly-row';
import { DEFAULT_DEADLINE_SETTINGS } from '../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../context';
import { cachedOrgSettings } from './org-settings-cache';
import { readRegulatorySettings } from './regulatory-settings';

/** The quarterly pack of the complaints on this desk, with the organisation's settings as cached (offline too). */
export function quarterlyPackOnDesk(ctx: DeskContext, quarter: string): QuarterlyPack {
  const deadlines = cachedOrgSettings(ctx)?.deadlines ?? DEFAULT_DEADLINE_SETTINGS;
  const regulatory = readRegulatorySettings(ctx);
  const { start, end } = quarterlyReadRange(quarter);
  const rows = complaintRecordsReceived(ctx.db, start, end).map(({ complaint, branch }) => quarterlyRowOf(complaint, deadlines, branch, regulatory.classification));
  return buildQuarterlyPack(rows, quarter, regulatory, ctx.clock());
}
