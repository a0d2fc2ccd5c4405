import { z } from 'zod';
import { SUPERVISOR_ROLES } from '../domain/actor';
import { PeriodSchema } from '../domain/reports/periods';
import { RegulatoryFiguresSchema, RegulatoryStatsSchema } from '../domain/reports/regulatory';
import { RootCauseReportSchema } from '../domain/reports/root-causes';
import { TeamReportSchema } from '../domain/reports/team-report';
import { EXPORT_FORMATS, EXPORT_LANGUAGES } from '../domain/reports/export-texts';
import { DayRangeSchema } from './team';

export { EXPORT_FORMATS, type ExportFormat } from '../domain/reports/export-texts';
import { QuarterlyRequestFields } from '../domain/reports/quarterly/quarterly-request';

export const ExportRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('dailyLog'),
      range: DayRangeSchema,
      format: z.enum(EXPORT_FORMATS),
      language: z.enum(EXPORT_LANGUAGES),
      /** Admins, online: every branch's complaints, from the company server. */
      allBranches: z.boolean().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('regulatory'), period: PeriodSchema, format: z.enum(EXPORT_FORMATS), language: z.enum(EXPORT_LANGUAGES) }).strict(),
  /** The regulator's quarterly pack (shared/domain/reports/quarterly): XLSX with both sheets, CSV with the counts. */
  z.object({ kind: z.literal('quarterly'), ...QuarterlyRequestFields }).strict(),
]);
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

const periodInput = z.object({ period: PeriodSchema }).strict();

export const reportCalls = {
  /** The dashboard's numbers for the complaints received in a range of days (leads and admins). */
  'reports.dashboard': { input: z.object({ range: DayRangeSchema }).strict(), output: TeamReportSchema, access: SUPERVISOR_ROLES },
  /** 监管统计 for a month or a quarter. */
  'reports.regulatory': { input: periodInput, output: RegulatoryStatsSchema, access: SUPERVISOR_ROLES },
  /** 溯源整改: root causes, lessons and measures by type. */
  'reports.rootCauses': { input: z.object({ range: DayRangeSchema }).strict(), output: RootCauseReportSchema, access: SUPERVISOR_ROLES },
  'reports.figures.get': { input: periodInput, output: RegulatoryFiguresSchema.nullable(), access: SUPERVISOR_ROLES },
  /** The period's policies, premium and insured persons (admins). */
  'reports.figures.set': {
    input: z.object({ period: PeriodSchema, figures: RegulatoryFiguresSchema }).strict(),
    output: RegulatoryFiguresSchema,
    access: ['admin'],
  },
  /** Start writing an export to a file; progress and the end arrive as exports.* events. */
  'exports.start': { input: ExportRequestSchema, output: z.object({ jobId: z.string(), total: z.number().int() }), access: SUPERVISOR_ROLES },
  /** Electron: a save dialog, then the finished file is copied there (the shell answers; browser mode downloads instead). */
  'exports.saveAs': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: z.object({ saved: z.boolean() }), access: SUPERVISOR_ROLES },
  'exports.cancel': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: z.object({ cancelled: z.boolean() }), access: SUPERVISOR_ROLES },
} as const;
