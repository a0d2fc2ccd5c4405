import { z } from 'zod';
import { QualityCheckResultSchema } from '../domain/assist/quality-schema';
import { QualityAppealArgs, QualityResolveArgs, QualityReviewArgs } from '../domain/assist/quality-review';
import { ScorecardSchema } from '../domain/assist/scorecard';
import { QualityReportSchema } from '../domain/assist/quality-report';
import { OrgSettingsSchema } from '../org/org-settings-schema';
import { DayRangeSchema } from '../domain/reports/day-range';
import { WorkflowResultSchema } from './workflow';

const complaintId = z.string().min(1).max(64);
/** The complaint version the screen showed: a change based on an older one is refused as stale. */
const baseVersion = z.number().int().positive().optional();

/** What this person may do to one check now: null, or the i18n key of why not (a disabled action says why). */
export const QualityCheckActionsSchema = z.object({ review: z.string().nullable(), appeal: z.string().nullable(), resolve: z.string().nullable() });

/** A complaint's 质检 as the desk shows it: the score kept from its close, or (closed before scores were kept) one computed now. */
export const QualityViewSchema = z.object({
  /** closed: the score kept from the close; computed: closed before scores were kept, scored now (not stored, no review); open: none. */
  state: z.enum(['closed', 'computed', 'open']),
  provisional: z.boolean(),
  scorecardVersion: z.number().int().nonnegative().nullable(),
  score: z.number().int().nonnegative(),
  max: z.number().int().nonnegative(),
  checks: z.array(QualityCheckResultSchema.extend({ actions: QualityCheckActionsSchema })),
  version: z.number().int().positive(),
});
export type QualityView = z.infer<typeof QualityViewSchema>;

export const qualityCalls = {
  /** An admin replaces the 质检 checks on the server (its version +1); answers the new settings, cached on this desk at once. */
  'assist.scorecard.save': { input: ScorecardSchema, output: OrgSettingsSchema, access: ['admin'] },
  /** A complaint's 质检: the kept score, each check with its evidence, review, appeals and what the person may do. */
  'assist.quality.get': { input: z.object({ id: complaintId }).strict(), output: QualityViewSchema, access: 'signedIn' },
  /** The team's lead confirms a check as scored or overrides it with a comment. */
  'assist.quality.review': { input: z.object({ id: complaintId, baseVersion, ...QualityReviewArgs }).strict(), output: WorkflowResultSchema, access: ['lead'] },
  /** The handler appeals a failed check with a reason. */
  'assist.quality.appeal': { input: z.object({ id: complaintId, baseVersion, ...QualityAppealArgs }).strict(), output: WorkflowResultSchema, access: 'signedIn' },
  /** The team's lead upholds or rejects the open appeal of a check. */
  'assist.quality.resolveAppeal': { input: z.object({ id: complaintId, baseVersion, ...QualityResolveArgs }).strict(), output: WorkflowResultSchema, access: ['lead'] },
  /** The average 质检 score per agent and for the desk's team, of the complaints closed in a range of days. */
  'reports.quality': { input: z.object({ range: DayRangeSchema }).strict(), output: QualityReportSchema, access: ['lead', 'admin'] },
} as const;
