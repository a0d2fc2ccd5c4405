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

function figuresOf(rows: readonly QuarterlyRow[], received: readonly QuarterlyRow[], branch: string | null, denominator: Denominator | null, bounds: { fromMs: number; toMs: number }, now: Date): QuarterFigures {
  const closed = received.filter((r) => r.returnVisit.due);
  const reached = closed.filter((r) => r.returnVisit.reached);
  const visitAnswers = reached.filter((r) => r.returnVisit.satisfaction !== null);
  const fromVisits = visitAnswers.length > 0;
  const rated = fromVisits ? visitAnswers : received.filter((r) => r.satisfaction !== null);
  const satisfied = fromVisits
    ? rated.filter((r) => r.returnVisit.satisfaction === 'satisfied' || r.returnVisit.satisfaction === 'basically').length
    : rated.filter((r) => (r.satisfaction ?? 0) >= 4).length;
  const repeats = received.filter((r) => r.repeat).length;
  const referred = received.filter((r) => r.channel === REGULATOR_CHANNEL).length;
  return {
    branch,
    received: received.length,
    denominator,
    per100mYuanPremium: ratio(received.length, denominator?.premiumYuan, 100_000_000),
    per10kPolicies: ratio(received.length, denominator?.policies, 10_000),
    per10kCustomers: ratio(received.length, denominator?.customers, 10_000),
    timeliness: timelinessOf(rows, bounds.fromMs, bounds.toMs),
    returnVisit: { due: closed.length, reached: reached.length, rate: rate(reached.length, closed.length) },
    satisfaction: { answered: rated.length, satisfied, rate: rate(satisfied, rated.length) },
    repeat: { count: repeats, rate: rate(repeats, received.length) },
    referredByRegulator: { count: referred, share: share(referred, received.length) },
    withdrawn: received.filter((r) => r.status === 'withdrawn').length,
    overdue: received.filter((r) => missedDeadline(r, now)).length,
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
  const counts = new Map<string, { reasonCode: string; lineCode: string; branch: string | null; count: number }>();
  for (const r of received) {
    const reasonCode = topCodeOf(c.reasons, r.reasonCode) ?? r.reasonCode;
    const lineCode = topLineOf(c, r.lineCode);
    const key = JSON.stringify([reasonCode, lineCode, r.branch]);
    const found = counts.get(key);
    if (found) found.count++;
    else counts.set(key, { reasonCode, lineCode, branch: r.branch, count: 1 });
  }
  // By code point (not the machine's collation), so desk and server order alike; no branch last.
  const branchNames = [...new Set(rows.map((r) => r.branch))].sort((a, b) => cmp(a ?? '\uffff', b ?? '\uffff'));
  return {
    quarter,
    from: bounds.from,
    to: bounds.to,
    asOf: now.toISOString(),
    edition: c.edition,
    counts: [...counts.values()].sort((a, b) => b.count - a.count || cmp(a.reasonCode, b.reasonCode) || cmp(a.lineCode, b.lineCode) || cmp(a.branch ?? '', b.branch ?? '')),
    company: figuresOf(rows, received, null, denominatorOf(settings, quarter, null), bounds, now),
    branches: branchNames.map((branch) =>
      figuresOf(
        rows.filter((r) => r.branch === branch),
        received.filter((r) => r.branch === branch),
        branch,
        branch === null ? null : denominatorOf(settings, quarter, branch),
        bounds,
        now,
      ),
    ),
  };
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
