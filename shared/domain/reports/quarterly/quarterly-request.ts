import { z } from 'zod';
import { QUARTER_PATTERN } from '../../regulatory/regulatory-settings';
import { EXPORT_FORMATS, EXPORT_LANGUAGES } from '../export-texts';
import { quarterBounds } from './quarterly-pack';

/** The quarterly pack asked for: a quarter (2026-Q3), XLSX (both sheets) or CSV (the counts), a language. */
export const QuarterlyRequestFields = {
  quarter: z.string({ error: 'reports.validation.period' }).regex(QUARTER_PATTERN, { error: 'reports.validation.period' }),
  format: z.enum(EXPORT_FORMATS),
  language: z.enum(EXPORT_LANGUAGES),
};
export const QuarterlyExportRequestSchema = z.object(QuarterlyRequestFields).strict();
export type QuarterlyExportRequest = z.infer<typeof QuarterlyExportRequestSchema>;

/** How far before the quarter a complaint may have been received and still fall due in it (30 + 30 days and suspensions). */
export const QUARTERLY_LOOKBACK_DAYS = 365;

/** The instants of receipt the pack reads: a year before the quarter up to its end. */
export function quarterlyReadRange(quarter: string): { start: string; end: string } {
  const { fromMs, toMs } = quarterBounds(quarter);
  return { start: new Date(fromMs - QUARTERLY_LOOKBACK_DAYS * 86_400_000).toISOString(), end: new Date(toMs).toISOString() };
}

/** 监管季报_2026-Q3.xlsx / quarterly-pack_2026-Q3.csv */
export const quarterlyFileName = (r: QuarterlyExportRequest) => `${r.language === 'zh-CN' ? '监管季报' : 'quarterly-pack'}_${r.quarter}.${r.format}`;
