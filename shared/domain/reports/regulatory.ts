import { z } from 'zod';
import { REGULATOR_CHANNEL } from '../channels';
import { BranchCountsSchema, branchCounts } from './branch-counts';
import { share } from './counting';
import { missedDeadline, type ReportRow } from './report-row';
import type { DecisionTimeRow } from './quarterly/timeliness';
import { channelCounts, decisionWindowTally, sharedCountFields, typeCounts } from './team-report';

/** What the admin enters per period: the base the regulator divides complaint counts by. */
export const RegulatoryFiguresSchema = z
  .object({
    policies: z.number({ error: 'reports.validation.figure' }).int({ error: 'reports.validation.figure' }).min(0, { error: 'reports.validation.figure' }).max(1e12),
    premiumYuan: z.number({ error: 'reports.validation.figure' }).min(0, { error: 'reports.validation.figure' }).max(1e15),
    insuredPersons: z.number({ error: 'reports.validation.figure' }).int({ error: 'reports.validation.figure' }).min(0, { error: 'reports.validation.figure' }).max(1e12),
  })
  .strict();
export type RegulatoryFigures = z.infer<typeof RegulatoryFiguresSchema>;

const count = z.number().int();
export const RegulatoryStatsSchema = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  total: count,
  ...sharedCountFields,
  /** Complaints per branch (分公司), most first; `branch: null` for those whose branch the desk does not know. */
  byBranch: BranchCountsSchema,
  overdue: count,
  withdrawn: count,
  figures: RegulatoryFiguresSchema.nullable(),
  /** 万张保单投诉量, 亿元保费投诉量, 万人次投诉量: null until the admin enters the period's figures (or a base is 0). */
  per10kPolicies: z.number().nullable(),
  per100mYuanPremium: z.number().nullable(),
  per10kInsured: z.number().nullable(),
  /** 监管转办件: complaints referred by the regulator, and their share. */
  referredByRegulator: z.object({ count, share: z.number() }),
});
export type RegulatoryStats = z.infer<typeof RegulatoryStatsSchema>;

/** A count per `unit` of a base the admin entered (万张保单, 亿元保费, 万人次), to 4 decimals; null without a base. */
export const rate = (n: number, base: number | undefined, unit: number) => (!base ? null : Math.round((n / base) * unit * 10_000) / 10_000);

/**
 * 监管统计 for a period (by type and subtype, channel and branch), from the complaints received in it and the figures
 * the admin entered; `earlier`, those received before it whose deadline may fall in it, count in the 15/30/60-day shares only.
 */
export function buildRegulatoryStats(
  rows: readonly ReportRow[],
  scope: { period: string; from: string; to: string; now: Date },
  figures: RegulatoryFigures | null,
  earlier: readonly DecisionTimeRow[] = [],
): RegulatoryStats {
  const windows = decisionWindowTally(scope);
  for (const row of rows) windows.add(row);
  for (const row of earlier) windows.add(row);
  const referred = rows.filter((r) => r.channel === REGULATOR_CHANNEL).length;
  return {
    period: scope.period,
    from: scope.from,
    to: scope.to,
    total: rows.length,
    ...typeCounts(rows),
    byChannel: channelCounts(rows),
    byBranch: branchCounts(rows),
    decidedWithin: windows.result(),
    overdue: rows.filter((r) => missedDeadline(r, scope.now)).length,
    withdrawn: rows.filter((r) => r.status === 'withdrawn').length,
    figures,
    per10kPolicies: rate(rows.length, figures?.policies, 10_000),
    per100mYuanPremium: rate(rows.length, figures?.premiumYuan, 100_000_000),
    per10kInsured: rate(rows.length, figures?.insuredPersons, 10_000),
    referredByRegulator: { count: referred, share: share(referred, rows.length) },
  };
}
