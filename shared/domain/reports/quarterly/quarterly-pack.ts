import { REGULATOR_CHANNEL } from '../../channels';
import { topCodeOf, type Classification } from '../../regulatory/classification';
import { denominatorOf, type Denominator, type RegulatorySettings } from '../../regulatory/regulatory-settings';
import { share } from '../counting';
import { periodDays } from '../periods';
import { missedDeadline } from '../report-row';
import type { QuarterlyRow } from './quarterly-row';
import { timelinessOf, type Timeliness } from './timeliness';

/**
 * The regulator's quarterly pack, figured once for desk and server: counts by reason × line × branch
 * (top-level codes, as the bulletins count), and per branch and for the company the three rates
 * (亿元保费投诉量、万张保单投诉量、万人次投诉量), 投诉办理及时率 (timeliness.ts), 回访成功率, satisfaction,
 * repeat-complaint rate, share referred by the regulator, withdrawn and overdue.
 * Counts are of complaints received in the quarter (Asia/Shanghai days); 及时率 of those due in it.
 */
export interface QuarterFigures {
  /** null: the whole company. */
  branch: string | null;
  received: number;
  denominator: Denominator | null;
  per100mYuanPremium: number | null;
  per10kPolicies: number | null;
  per10kCustomers: number | null;
  timeliness: Timeliness;
  /** 回访成功率: reached ÷ closed complaints due a 回访. */
  returnVisit: { due: number; reached: number; rate: number | null };
  /** Satisfied or basically satisfied ÷ reached (回访), else the feedback stage's 4–5 ÷ rated. */
  satisfaction: { answered: number; satisfied: number; rate: number | null };
  repeat: { count: number; rate: number | null };
  referredByRegulator: { count: number; share: number };
  withdrawn: number;
  overdue: number;
}

export interface QuarterlyPack {
  quarter: string;
  from: string;
  to: string;
  asOf: string;
  edition: string;
  /** Reason × line × branch, most first; codes top-level. */
  counts: { reasonCode: string; lineCode: string; branch: string | null; count: number }[];
  company: QuarterFigures;
  branches: QuarterFigures[];
}

const SHANGHAI = '+08:00';
/** The quarter's first instant and the next quarter's, in the organisation's time zone. */
export function quarterBounds(quarter: string): { from: string; to: string; fromMs: number; toMs: number } {
  const { from, to } = periodDays(quarter);
  const fromMs = Date.parse(`${from}T00:00:00${SHANGHAI}`);
  const toMs = Date.parse(`${to}T00:00:00${SHANGHAI}`) + 86_400_000;
  return { from, to, fromMs, toMs };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ratio = (n: number, base: number | undefined, unit: number) => (!base ? null : Math.round((n / base) * unit * 10_000) / 10_000);
const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/**
 * What a branch's (or the company's) figures are made of, counted: the server counts them in PostgreSQL
 * (server/reports/quarterly-figures-sql.ts), the desk with `quarterCountsOf`; `figuresOfCounts` figures both.
 */
export interface QuarterCounts {
  branch: string | null;
  /** Of the complaints received in the quarter: */
  received: number;
  withdrawn: number;
  /** missedDeadline as of now. */
  overdue: number;
  referred: number;
  repeats: number;
  /** Closed (回访 due), reached, reached with an answer, and of those satisfied or basically satisfied. */
  visitsDue: number;
  reached: number;
  visitAnswers: number;
  visitSatisfied: number;
  /** Rated at the feedback stage, and of those 4 or 5. */
  rated: number;
  ratedSatisfied: number;
  /** Of every complaint read (the quarter and the year before it): 投诉办理及时率's due and on time (timeliness.ts). */
  timeliness: Pick<Timeliness, 'due' | 'onTime'>;
}

/** The counts of the rows (all read, and those received in the quarter) of one branch or the company. */
export function quarterCountsOf(rows: readonly QuarterlyRow[], received: readonly QuarterlyRow[], branch: string | null, bounds: { fromMs: number; toMs: number }, now: Date): QuarterCounts {
  const closed = received.filter((r) => r.returnVisit.due);
  const reached = closed.filter((r) => r.returnVisit.reached);
  const visitAnswers = reached.filter((r) => r.returnVisit.satisfaction !== null);
  const rated = received.filter((r) => r.satisfaction !== null);
  const { due, onTime } = timelinessOf(rows, bounds.fromMs, bounds.toMs);
  return {
    branch,
    received: received.length,
    withdrawn: received.filter((r) => r.status === 'withdrawn').length,
    overdue: received.filter((r) => missedDeadline(r, now)).length,
    referred: received.filter((r) => r.channel === REGULATOR_CHANNEL).length,
    repeats: received.filter((r) => r.repeat).length,
    visitsDue: closed.length,
    reached: reached.length,
    visitAnswers: visitAnswers.length,
    visitSatisfied: visitAnswers.filter((r) => r.returnVisit.satisfaction === 'satisfied' || r.returnVisit.satisfaction === 'basically').length,
    rated: rated.length,
    ratedSatisfied: rated.filter((r) => (r.satisfaction ?? 0) >= 4).length,
    timeliness: { due, onTime },
  };
}

/** A branch's (or the company's) figures from its counts: the rates, shares and roundings, once for desk and server. */
export function figuresOfCounts(n: QuarterCounts, denominator: Denominator | null): QuarterFigures {
  // Satisfaction from the 回访 answers when there are any, else from the feedback stage's ratings.
  const fromVisits = n.visitAnswers > 0;
  const answered = fromVisits ? n.visitAnswers : n.rated;
  const satisfied = fromVisits ? n.visitSatisfied : n.ratedSatisfied;
  return {
    branch: n.branch,
    received: n.received,
    denominator,
    per100mYuanPremium: ratio(n.received, denominator?.premiumYuan, 100_000_000),
    per10kPolicies: ratio(n.received, denominator?.policies, 10_000),
    per10kCustomers: ratio(n.received, denominator?.customers, 10_000),
    timeliness: { ...n.timeliness, rate: rate(n.timeliness.onTime, n.timeliness.due) },
    returnVisit: { due: n.visitsDue, reached: n.reached, rate: rate(n.reached, n.visitsDue) },
    satisfaction: { answered, satisfied, rate: rate(satisfied, answered) },
    repeat: { count: n.repeats, rate: rate(n.repeats, n.received) },
    referredByRegulator: { count: n.referred, share: share(n.referred, n.received) },
    withdrawn: n.withdrawn,
    overdue: n.overdue,
  };
}

/** The reason and line a complaint counts under in the pack's table (top-level codes, as the bulletins count). */
export function packCountKey(c: Classification, classified: { reasonCode: string; lineCode: string }): { reasonCode: string; lineCode: string } {
  return { reasonCode: topCodeOf(c.reasons, classified.reasonCode) ?? classified.reasonCode, lineCode: topLineOf(c, classified.lineCode) };
}

type PackCount = QuarterlyPack['counts'][number];

/**
 * The pack from its parts: counts by reason × line × branch (in any order, a key may repeat), the company's counts
 * and each branch's (any order). Desk and server both end here.
 */
export function packOfCounts(
  quarter: string,
  settings: Pick<RegulatorySettings, 'classification' | 'denominators'>,
  now: Date,
  parts: { counts: readonly PackCount[]; company: QuarterCounts; branches: readonly QuarterCounts[] },
): QuarterlyPack {
  const bounds = quarterBounds(quarter);
  const merged = new Map<string, PackCount>();
  for (const count of parts.counts) {
    const key = JSON.stringify([count.reasonCode, count.lineCode, count.branch]);
    const found = merged.get(key);
    if (found) found.count += count.count;
    else merged.set(key, { ...count });
  }
  // By code point (not the machine's collation), so desk and server order alike; no branch last.
  const branches = [...parts.branches].sort((a, b) => cmp(a.branch ?? '\uffff', b.branch ?? '\uffff'));
  return {
    quarter,
    from: bounds.from,
    to: bounds.to,
    asOf: now.toISOString(),
    edition: settings.classification.edition,
    counts: [...merged.values()].sort((a, b) => b.count - a.count || cmp(a.reasonCode, b.reasonCode) || cmp(a.lineCode, b.lineCode) || cmp(a.branch ?? '', b.branch ?? '')),
    company: figuresOfCounts(parts.company, denominatorOf(settings, quarter, null)),
    branches: branches.map((n) => figuresOfCounts(n, n.branch === null ? null : denominatorOf(settings, quarter, n.branch))),
  };
}

/** rows: the complaints received in the quarter and those received earlier whose deadline may fall in it. */
export function buildQuarterlyPack(rows: readonly QuarterlyRow[], quarter: string, settings: Pick<RegulatorySettings, 'classification' | 'denominators'>, now: Date): QuarterlyPack {
  const bounds = quarterBounds(quarter);
  const inQuarter = (r: QuarterlyRow) => {
    const at = Date.parse(r.receivedAt);
    return at >= bounds.fromMs && at < bounds.toMs;
  };
  const received = rows.filter(inQuarter);
  const c: Classification = settings.classification;
  const counts = received.map((r) => ({ ...packCountKey(c, r), branch: r.branch, count: 1 }));
  const branchNames = [...new Set(rows.map((r) => r.branch))];
  return packOfCounts(quarter, settings, now, {
    counts,
    company: quarterCountsOf(rows, received, null, bounds, now),
    branches: branchNames.map((branch) =>
      quarterCountsOf(
        rows.filter((r) => r.branch === branch),
        received.filter((r) => r.branch === branch),
        branch,
        bounds,
        now,
      ),
    ),
  });
}

/**
 * The line a complaint counts under in the bulletin's table: the line itself when it sits under a group
 * (机动车辆保险 under 财产保险 — the bulletins count by line, not by group), its own code at the top.
 */
function topLineOf(c: Classification, code: string): string {
  const entry = c.lines.find((l) => l.code === code);
  if (!entry) return code;
  // Two levels: group › line; deeper entries count under their line (the second level).
  let at = entry;
  for (;;) {
    const parent = at.parent === null ? undefined : c.lines.find((l) => l.code === at.parent);
    if (!parent || parent.parent === null) return at.code;
    at = parent;
  }
}
