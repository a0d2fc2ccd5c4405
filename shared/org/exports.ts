import { z } from 'zod';
import { DayRangeSchema } from '../domain/reports/day-range';
import { EXPORT_FORMATS, EXPORT_LANGUAGES } from '../domain/reports/export-texts';

/** The organisation's daily log (日报) for all branches, streamed by the server to an admin. */
export const DailyLogExportRequestSchema = z
  .object({ range: DayRangeSchema, format: z.enum(EXPORT_FORMATS), language: z.enum(EXPORT_LANGUAGES) })
  .strict();
export type DailyLogExportRequest = z.infer<typeof DailyLogExportRequestSchema>;

/** The regulator's quarterly pack of every branch (shared/domain/reports/quarterly). */
export { QuarterlyExportRequestSchema, type QuarterlyExportRequest } from '../domain/reports/quarterly/quarterly-request';

export const EXPORT_ROUTES = { dailyLog: '/exports/daily-log', quarterly: '/exports/quarterly' } as const;

export const EXPORT_CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
