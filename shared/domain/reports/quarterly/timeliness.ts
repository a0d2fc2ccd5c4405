import { DAY_MS, type ReportRow } from '../report-row';

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

/** What the "decided within N days" figure reads of a complaint: its deadline, and the time its clock stood. */
export type DecisionTimeRow = TimelinessRow & Pick<ReportRow, 'receivedAt'> & { suspendedMs?: number | undefined };

/** One window's figure: how many of the complaints due in the period were decided within `days`, and their share of those due. */
export interface WindowShare {
  days: number;
  count: number;
  share: number;
}

/** The shares of `due` (4 decimals; 0 when nothing fell due): the one rounding the desk and the server's SQL use. */
export function windowShares(windows: readonly number[], counts: readonly number[], due: number): WindowShare[] {
  return windows.map((days, i) => ({ days, count: counts[i] ?? 0, share: rate(counts[i] ?? 0, due) ?? 0 }));
}

/**
 * The dashboard's, 监管统计's and the exports' "decided within N days" on 投诉办理及时率's base, one complaint at a
 * time: of the complaints whose deadline falls in the period (isDueIn: not withdrawn, not suspended now), the
 * share decided (closed) within N calendar days of receipt, the days the clock stood not counted (receipt →
 * decision less the ended suspensions). A complaint due in the period and still open counts as due and not
 * decided; one received in the period but due after it is not counted yet; one received before the period but
 * due in it is (its row must be added too: callers read a year back, DUE_LOOKBACK_DAYS).
 */
export class DecidedWithinTally {
  private due = 0;
  private readonly counts: number[];

  constructor(
    private readonly fromMs: number,
    private readonly toMs: number,
    private readonly windows: readonly number[],
  ) {
    this.counts = windows.map(() => 0);
  }

  add(row: DecisionTimeRow): void {
    if (!isDueIn(row, this.fromMs, this.toMs)) return;
    this.due += 1;
    if (row.status !== 'closed' || row.endedAt === null) return;
    const taken = Date.parse(row.endedAt) - Date.parse(row.receivedAt) - (row.suspendedMs ?? 0);
    this.windows.forEach((days, i) => {
      if (taken <= days * DAY_MS) this.counts[i]! += 1;
    });
  }

  result(): WindowShare[] {
    return windowShares(this.windows, this.counts, this.due);
  }
}

/**
 * How far back before a period the complaints whose deadline may fall in it were received: the longest tier
 * is 15 + 30 + 30 = 75 days; a year covers that with any suspension shorter than about nine months.
 */
export const DUE_LOOKBACK_DAYS = 366;

export function decidedWithinDaysOf(rows: readonly DecisionTimeRow[], fromMs: number, toMs: number, windows: readonly number[]): WindowShare[] {
  const tally = new DecidedWithinTally(fromMs, toMs, windows);
  for (const row of rows) tally.add(row);
  return tally.result();
}
