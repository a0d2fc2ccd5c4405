import { z } from 'zod';
import type { QualityRecord } from './quality-schema';

/** One closed complaint's 质检 as the report reads it: who handled it and its score as it stands. */
export interface QualityRow {
  handlerId: string;
  handlerName: string;
  quality: Pick<QualityRecord, 'score' | 'max' | 'checks'>;
}

const Average = z.object({
  /** Closed complaints with a kept score. */
  complaints: z.number().int().nonnegative(),
  /** The mean of score ÷ max × 100 (scores of different scorecard versions compare as percentages), one decimal. */
  averagePercent: z.number().min(0).max(100).nullable(),
  /** Checks failed as they stand (after reviews and appeals), over all these complaints. */
  failedChecks: z.number().int().nonnegative(),
  openAppeals: z.number().int().nonnegative(),
});

export const QualityReportSchema = z.object({
  agents: z.array(Average.extend({ id: z.string(), name: z.string() })),
  team: Average,
});
export type QualityReport = z.infer<typeof QualityReportSchema>;

type Sum = { complaints: number; percents: number; failedChecks: number; openAppeals: number };

const averageOf = (s: Sum): z.infer<typeof Average> => ({
  complaints: s.complaints,
  averagePercent: s.complaints === 0 ? null : Math.round((s.percents / s.complaints) * 10) / 10,
  failedChecks: s.failedChecks,
  openAppeals: s.openAppeals,
});

function add(sum: Sum, row: QualityRow): Sum {
  const { score, max, checks } = row.quality;
  return {
    complaints: sum.complaints + 1,
    percents: sum.percents + (max === 0 ? 100 : (score / max) * 100),
    failedChecks: sum.failedChecks + checks.filter((c) => !c.passed).length,
    openAppeals: sum.openAppeals + checks.filter((c) => c.appeals.some((a) => a.status === 'open')).length,
  };
}

const EMPTY: Sum = { complaints: 0, percents: 0, failedChecks: 0, openAppeals: 0 };

/** The average score per handler (lowest first: whom to coach) and for the whole team, of the rows given. */
export function buildQualityReport(rows: readonly QualityRow[]): QualityReport {
  const byAgent = new Map<string, { id: string; name: string; sum: Sum }>();
  let team = EMPTY;
  for (const row of rows) {
    const key = row.handlerId.toLowerCase();
    const agent = byAgent.get(key) ?? { id: row.handlerId, name: row.handlerName, sum: EMPTY };
    byAgent.set(key, { ...agent, sum: add(agent.sum, row) });
    team = add(team, row);
  }
  const agents = [...byAgent.values()]
    .map((a) => ({ id: a.id, name: a.name, ...averageOf(a.sum) }))
    .sort((a, b) => (a.averagePercent ?? 0) - (b.averagePercent ?? 0) || a.id.localeCompare(b.id));
  return { agents, team: averageOf(team) };
}
