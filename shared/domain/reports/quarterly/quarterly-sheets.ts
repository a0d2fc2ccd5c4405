import type { Classification, ClassEntry } from '../../regulatory/classification';
import type { SheetSource } from '../daily-log-sheets';
import type { ExportLanguage } from '../export-texts';
import { safeCell, type CellValue } from '../safe-cell';
import { localDateTime } from '../team-time';
import type { QuarterFigures, QuarterlyPack } from './quarterly-pack';
import { QUARTERLY_TEXTS } from './quarterly-texts';

const safe = (cells: CellValue[]): CellValue[] => cells.map((cell) => safeCell(cell));
const nameOf = (list: readonly ClassEntry[], code: string, language: ExportLanguage) => {
  const entry = list.find((e) => e.code === code);
  return entry ? (language === 'zh-CN' ? entry.zh : entry.en) : code;
};

/** The 概览 sheet: one column for the company and one per branch, the definitions below. */
function overviewRows(pack: QuarterlyPack, language: ExportLanguage, timeZone?: string): CellValue[][] {
  const t = QUARTERLY_TEXTS[language];
  const columns: QuarterFigures[] = [pack.company, ...pack.branches];
  const row = (label: string, value: (f: QuarterFigures) => CellValue) => safe([label, ...columns.map(value)]);
  return [
    safe([t.title]),
    safe([t.quarter, pack.quarter]),
    safe([t.range, `${pack.from} ~ ${pack.to}`]),
    safe([t.asOf, localDateTime(pack.asOf, timeZone)]),
    safe([t.edition, pack.edition]),
    [],
    safe([t.indicator, t.company, ...pack.branches.map((b) => b.branch ?? t.noBranch)]),
    row(t.received, (f) => f.received),
    row(t.per100mYuanPremium, (f) => f.per100mYuanPremium),
    row(t.per10kPolicies, (f) => f.per10kPolicies),
    row(t.per10kCustomers, (f) => f.per10kCustomers),
    row(t.timelinessDue, (f) => f.timeliness.due),
    row(t.timelinessOnTime, (f) => f.timeliness.onTime),
    row(t.timelinessRate, (f) => f.timeliness.rate),
    row(t.returnVisitRate, (f) => f.returnVisit.rate),
    row(t.satisfactionRate, (f) => f.satisfaction.rate),
    row(t.repeatRate, (f) => f.repeat.rate),
    row(t.referredShare, (f) => f.referredByRegulator.share),
    row(t.withdrawn, (f) => f.withdrawn),
    row(t.overdue, (f) => f.overdue),
    [],
    safe([t.definitions]),
    ...t.definitionTexts.map((text) => safe([text])),
  ];
}

/** The counts sheet: reason × line × branch, names in the language. */
function countRows(pack: QuarterlyPack, classification: Classification, language: ExportLanguage): CellValue[][] {
  const t = QUARTERLY_TEXTS[language];
  return [
    safe([t.reason, t.line, t.branch, t.count]),
    ...pack.counts.map((c) => safe([nameOf(classification.reasons, c.reasonCode, language), nameOf(classification.lines, c.lineCode, language), c.branch ?? t.noBranch, c.count])),
  ];
}

/** The pack as sheets: the XLSX writes both, the CSV the first one asked for. */
export function quarterlySheets(pack: QuarterlyPack, classification: Classification, language: ExportLanguage, timeZone?: string): SheetSource[] {
  const t = QUARTERLY_TEXTS[language];
  return [
    { name: t.overview, rows: overviewRows(pack, language, timeZone) },
    { name: t.counts, rows: countRows(pack, classification, language) },
  ];
}
