import { z } from 'zod';
import { endedComplaintsBefore, purgeComplaints, purgeDraftsBefore } from '../../../db/repositories/retention';
import type { DeskContext } from '../../context';
import { log } from '../../log';
import { readSetting } from '../../settings';

export const RETENTION_DAYS_KEY = 'retention.closedComplaintDays';
/**
 * Three years after a complaint ended, the desk forgets it (PIPL: keep personal data no longer than
 * needed); the server keeps its own copy under its own setting. At least 30 days, so a typo cannot empty a desk.
 */
export const DEFAULT_RETENTION_DAYS = 1095;
const RetentionDays = z.number().int().min(30).max(36_500);
const DAY_MS = 86_400_000;

export interface PurgeReport {
  complaints: number;
  linkedRows: Record<string, number>;
  drafts: number;
}

/** Removes closed and withdrawn complaints (and stale drafts) older than the retention setting, in one transaction. */
export function purgeExpiredComplaints(ctx: DeskContext): PurgeReport {
  const days = readSetting(ctx.settings, RETENTION_DAYS_KEY, RetentionDays, DEFAULT_RETENTION_DAYS);
  const before = new Date(ctx.clock().getTime() - days * DAY_MS).toISOString();
  const report = ctx.db.transaction((): PurgeReport => {
    const purged = purgeComplaints(ctx.db, endedComplaintsBefore(ctx.db, before));
    return { ...purged, drafts: purgeDraftsBefore(ctx.db, before) };
  })();
  if (report.complaints > 0 || report.drafts > 0) {
    log('info', `[retention] removed ${report.complaints} complaint(s) ended before ${before} and ${report.drafts} stale draft(s)`);
  }
  return report;
}
