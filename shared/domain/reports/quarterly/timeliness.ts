import type { ReportRow } from '../report-row';

/**
 * 投诉办理及时率, one definition for the quarterly pack, the 监管统计 and the dashboard:
 * of the complaints whose deadline falls in the period — the due time after the days the clock was
 * suspended are added back (`dueAt` of the report row, shared/domain/workflow/deadlines.ts) — the share
 * decided (closed) by that due time. Withdrawn complaints are left out (withdrawal ends the clock, nothing is
 * decided), and so is one suspended now (it has no fixed due time until it resumes). A complaint due in the
 * period and still open counts as due and not on time.
 */
export interface Timeliness {
  /** Deadlines falling in the period. */
  due: number;
  /** Of those, decided by the due time. */
  onTime: number;
  /** onTime ÷ due, 4 decimals; null when nothing fell due. */
  rate: number | null;
}

export type TimelinessRow = Pick<ReportRow, 'status' | 'dueAt' | 'endedAt'> & { suspendedSince?: string | null | undefined };

/** Whether the row's deadline falls in [fromMs, toMs): not withdrawn, not suspended now, due time in the range. */
export function isDueIn(row: TimelinessRow, fromMs: number, toMs: number): boolean {
  if (row.status === 'withdrawn' || row.suspendedSince) return false;
  const due = Date.parse(row.dueAt);
  return due >= fromMs && due < toMs;
}

/** Decided (closed) no later than its due time. */
export const decidedOnTime = (row: TimelinessRow): boolean => row.status === 'closed' && row.endedAt !== null && Date.parse(row.endedAt) <= Date.parse(row.dueAt);

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

export function timelinessOf(rows: readonly TimelinessRow[], fromMs: number, toMs: number): Timeliness {
  let due = 0;
  let onTime = 0;
  for (const row of rows) {
    if (!isDueIn(row, fromMs, toMs)) continue;
    due++;
    if (decidedOnTime(row)) onTime++;
  }
  return { due, onTime, rate: rate(onTime, due) };
}

/**
 * The dashboard's "decided within N days" with the same base: of the complaints due in the period, the
 * share decided within N calendar days of receipt (suspended days not counted: the due time moved by them is
 * what the clock allows, so the days taken are receipt → decision less the days suspended).
 */
export function decidedWithinDaysOf(
  rows: readonly (TimelinessRow & Pick<ReportRow, 'receivedAt'> & { suspendedMs?: number | undefined })[],
  fromMs: number,
  toMs: number,
  windows: readonly number[],
): { days: number; count: number; share: number }[] {
  const due = rows.filter((r) => isDueIn(r, fromMs, toMs));
  const taken = due
    .filter((r) => r.status === 'closed' && r.endedAt !== null)
    .map((r) => (Date.parse(r.endedAt!) - Date.parse(r.receivedAt) - (r.suspendedMs ?? 0)) / 86_400_000);
  return windows.map((days) => {
    const count = taken.filter((d) => d <= days).length;
    return { days, count, share: rate(count, due.length) ?? 0 };
  });
}
