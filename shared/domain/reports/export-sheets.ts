import { deadlineLabelOf, deadlineStatusAt } from '../workflow/deadlines';
import { maskPersonalData } from '../mask-personal-data';
import type { RegulatoryStats } from './regulatory';
import type { ReportRow } from './report-row';
import { safeCell, type CellValue } from './safe-cell';
import { localDateTime } from './team-time';
import type { TeamReport } from './team-report';
import { EXPORT_TEXTS, fill, type ExportLanguage } from './export-texts';

/** A sheet as rows of cells; every text cell has gone through safeCell, so none can run as a formula. */
export type SheetRows = CellValue[][];
/** Neutralised in place: every caller passes a row it has just built, and the 明细 has 100k of them. */
const safeRow = (cells: CellValue[]): CellValue[] => {
  for (let i = 0; i < cells.length; i++) cells[i] = safeCell(cells[i]!);
  return cells;
};
const texts = (language: ExportLanguage) => EXPORT_TEXTS[language];
/** A fixed subtype's label; a subtype the organisation added shows its code. */
const subtypeText = (t: ReturnType<typeof texts>, code: string): string => (t.complaintSubtype as Record<string, string>)[code] ?? code;

export const DETAIL_COLUMNS = [
  'number', 'receivedAt', 'type', 'subtype', 'channel', 'customer', 'phone', 'policy', 'demand',
  'stage', 'status', 'assignee', 'assigneeId', 'dueAt', 'deadline', 'endedAt', 'satisfaction',
] as const;

export function detailHeader(language: ExportLanguage): CellValue[] {
  const t = texts(language);
  return safeRow(DETAIL_COLUMNS.map((c) => t.headers[c]));
}

/** One complaint as the 明细 sheet shows it: labels in the language, times in the team's zone, phone and policy masked. */
export function detailRow(row: ReportRow, language: ExportLanguage, now: Date, timeZone?: string): CellValue[] {
  const t = texts(language);
  // The same state the queue and the complaint page show (a withdrawn complaint is 已撤诉, not 已办结).
  const state = deadlineLabelOf(deadlineStatusAt(new Date(row.dueAt), row, now));
  return safeRow([
    row.number,
    localDateTime(row.receivedAt, timeZone),
    t.complaintType[row.complaintType],
    subtypeText(t, row.complaintSubtype),
    t.channel[row.channel],
    row.customerName,
    maskPersonalData(row.contactPhone),
    maskPersonalData(row.policyNumber),
    row.demand,
    t.stage[row.stage],
    t.status[row.status],
    row.assigneeName ?? '',
    row.assigneeId ?? '',
    localDateTime(row.dueAt, timeZone),
    t.deadline[state],
    row.endedAt ? localDateTime(row.endedAt, timeZone) : '',
    row.satisfaction,
  ]);
}

/** The 汇总 sheet: the team report's numbers as item / count / share rows, section by section. */
export function summaryRows(report: TeamReport, language: ExportLanguage, timeZone?: string): SheetRows {
  const t = texts(language);
  const s = t.summary;
  const pct = (n: number) => (report.received ? Math.round((n / report.received) * 10_000) / 10_000 : 0);
  const section = (title: string, items: [string, number][]): CellValue[][] => [[title, null, null], ...items.map(([label, n]): CellValue[] => [label, n, pct(n)]), []];
  const rows: CellValue[][] = [
    [s.title, null, null],
    [s.range, `${report.from} ~ ${report.to}`, null],
    [s.asOf, localDateTime(report.asOf, timeZone), null],
    [],
    [s.item, s.count, s.share],
    ...section('', [
      [s.received, report.received],
      [s.closed, report.closed],
      [s.withdrawn, report.withdrawn],
      [s.open, report.open],
      [s.overdue, report.overdue],
      [s.dueSoon, report.dueSoon],
    ]).slice(1),
    ...section(s.byType, report.byType.map((r) => [t.complaintType[r.type], r.count])),
    ...section(s.bySubtype, report.bySubtype.map((r) => [`${t.complaintType[r.type]} / ${subtypeText(t, r.subtype)}`, r.count])),
    ...section(s.byStage, report.byStage.map((r) => [t.stage[r.stage], r.count])),
    ...section(s.byChannel, report.byChannel.map((r) => [t.channel[r.channel], r.count])),
    ...report.decidedWithin.map((r): CellValue[] => [fill(s.decidedWithin, { days: r.days }), r.count, r.share]),
    [s.avgDays, report.timeToDecision.averageDays, null],
    [s.p90Days, report.timeToDecision.p90Days, null],
    [],
    [s.satisfaction, null, null],
    ...report.satisfaction.distribution.map((d): CellValue[] => [fill(s.score, { score: d.score }), d.count, null]),
    [s.responses, report.satisfaction.responses, null],
    [s.average, report.satisfaction.average, null],
  ];
  return rows.map(safeRow);
}

/** 监管统计 as rows: the period, totals, rates per base, windows, and counts by type, subtype, channel and branch. */
export function regulatoryRows(stats: RegulatoryStats, language: ExportLanguage): SheetRows {
  const t = texts(language);
  const r = t.regulatory;
  const s = t.summary;
  const rows: CellValue[][] = [
    [r.title, null, null],
    [r.period, `${stats.period} (${stats.from} ~ ${stats.to})`, null],
    [],
    [s.item, s.count, s.share],
    [r.total, stats.total, null],
    [r.overdue, stats.overdue, stats.total ? Math.round((stats.overdue / stats.total) * 10_000) / 10_000 : 0],
    [r.withdrawn, stats.withdrawn, stats.total ? Math.round((stats.withdrawn / stats.total) * 10_000) / 10_000 : 0],
    [r.referred, stats.referredByRegulator.count, stats.referredByRegulator.share],
    ...stats.decidedWithin.map((d): CellValue[] => [fill(s.decidedWithin, { days: d.days }), d.count, d.share]),
    [],
    [r.policies, stats.figures?.policies ?? r.notEntered, null],
    [r.premiumYuan, stats.figures?.premiumYuan ?? r.notEntered, null],
    [r.insuredPersons, stats.figures?.insuredPersons ?? r.notEntered, null],
    [r.per10kPolicies, stats.per10kPolicies ?? r.notEntered, null],
    [r.per100mYuanPremium, stats.per100mYuanPremium ?? r.notEntered, null],
    [r.per10kInsured, stats.per10kInsured ?? r.notEntered, null],
    [],
    [s.byType, null, null],
    ...stats.byType.map((x): CellValue[] => [t.complaintType[x.type], x.count, null]),
    [],
    [s.bySubtype, null, null],
    ...stats.bySubtype.map((x): CellValue[] => [`${t.complaintType[x.type]} / ${subtypeText(t, x.subtype)}`, x.count, null]),
    [],
    [s.byChannel, null, null],
    ...stats.byChannel.map((x): CellValue[] => [t.channel[x.channel], x.count, null]),
    [],
    [r.byBranch, null, null],
    // Branch names are typed by an admin: safeRow neutralises them like any other text.
    ...stats.byBranch.map((x): CellValue[] => [x.branch ?? r.unknownBranch, x.count, null]),
  ];
  return rows.map(safeRow);
}
