import { z } from 'zod';
import { attachmentHashesOf, unreferencedHashes } from '../../../db/repositories/attachments';
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
  /** Encrypted attachment files deleted because no kept complaint refers to them. */
  files: number;
}

/** Removes closed and withdrawn complaints (and stale drafts) older than the retention setting, in one transaction. */
export function purgeExpiredComplaints(ctx: DeskContext): PurgeReport {
  const days = readSetting(ctx.settings, RETENTION_DAYS_KEY, RetentionDays, DEFAULT_RETENTION_DAYS);
  const before = new Date(ctx.clock().getTime() - days * DAY_MS).toISOString();
  const { report, hashes } = ctx.db.transaction(() => {
    const ended = endedComplaintsBefore(ctx.db, before);
    const candidates = attachmentHashesOf(ctx.db, ended);
    const purged = purgeComplaints(ctx.db, ended);
    return { report: { ...purged, drafts: purgeDraftsBefore(ctx.db, before), files: 0 }, hashes: unreferencedHashes(ctx.db, candidates) };
  })();
  // After the commit: a file is only deleted once no row can point to it any more.
  for (const sha256 of hashes) ctx.attachments?.remove(sha256);
  report.files = ctx.attachments ? hashes.length : 0;
  if (report.complaints > 0 || report.drafts > 0) {
    log('info', `[retention] removed ${report.complaints} complaint(s) ended before ${before} and ${report.drafts} stale draft(s)`);
  }
  return report;
}
