import { z } from 'zod';
import type { ReportRow } from './report-row';

/** Complaints per branch (分公司); `branch: null` counts those whose branch is not known (未知分公司). */
export const BranchCountsSchema = z.array(z.object({ branch: z.string().nullable(), count: z.number().int() }));
export type BranchCounts = z.infer<typeof BranchCountsSchema>;

/** Most complaints first, then by name (Chinese by pinyin); the unknown branch after the named ones of its count. */
export function byCountThenName(a: BranchCounts[number], b: BranchCounts[number]): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.branch === null || b.branch === null) return a.branch === null ? 1 : -1;
  // Names the collation holds equal still get one order, so the statistics never depend on the rows' order.
  return a.branch.localeCompare(b.branch, 'zh-CN') || (a.branch < b.branch ? -1 : a.branch > b.branch ? 1 : 0);
}

/** Only the branches that received complaints: the statistics do not know the organisation's list of branches. */
export function branchCounts(rows: readonly Pick<ReportRow, 'branch'>[]): BranchCounts {
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(row.branch, (counts.get(row.branch) ?? 0) + 1);
  return [...counts].map(([branch, count]) => ({ branch, count })).sort(byCountThenName);
}
