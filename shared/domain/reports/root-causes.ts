import { z } from 'zod';
import { COMPLAINT_TYPE_CODES } from '../complaint-types';
import { countTexts } from './counting';
import type { ReportRow } from './report-row';

const Counted = z.array(z.object({ text: z.string(), count: z.number().int() }));
export const RootCauseReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  byType: z.array(
    z.object({
      type: z.enum(COMPLAINT_TYPE_CODES),
      complaints: z.number().int(),
      rootCauses: Counted,
      lessons: Counted,
      measures: Counted,
    }),
  ),
});
export type RootCauseReport = z.infer<typeof RootCauseReportSchema>;

/** 溯源整改: the analysis stage's root causes and the closure's lessons and measures, by type, each text counted. */
export function buildRootCauseReport(rows: readonly ReportRow[], range: { from: string; to: string }): RootCauseReport {
  return {
    ...range,
    byType: COMPLAINT_TYPE_CODES.map((type) => {
      const ofType = rows.filter((r) => r.complaintType === type);
      return {
        type,
        complaints: ofType.length,
        rootCauses: countTexts(ofType.flatMap((r) => (r.rootCause ? [r.rootCause] : []))),
        lessons: countTexts(ofType.flatMap((r) => (r.lessonsLearned ? [r.lessonsLearned] : []))),
        measures: countTexts(ofType.flatMap((r) => r.improvementMeasures)),
      };
    }),
  };
}
