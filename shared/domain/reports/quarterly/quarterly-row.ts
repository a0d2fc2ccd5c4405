import type { Complaint } from '../../complaint';
import { classify, type Classification } from '../../regulatory/classification';
import type { DeadlineSettings } from '../../workflow/deadlines';
import { reportRowOf } from '../report-row-of';
import { reachedAttemptOf } from '../../workflow/return-visit-record';
import type { ReportRow } from '../report-row';

/**
 * The outcome of a complaint's 回访 (satisfaction return call after closing), as the quarterly pack counts it.
 * `returnVisitOutcomeOf` is the one place that reads it from the record.
 */
export interface ReturnVisitOutcome {
  /** Whether a 回访 was due (the complaint was closed). */
  due: boolean;
  /** Attempted at least once, and whether the complainant was reached. */
  attempted: boolean;
  reached: boolean;
  /** What the complainant said when reached. */
  satisfaction: 'satisfied' | 'basically' | 'not' | null;
}

/**
 * Reads a 回访 from the complaint's record (`returnVisit`, shared/domain/workflow/return-visit.ts): its attempts,
 * whether one reached the complainant and what they said; a complaint closed with none recorded is due and not
 * attempted.
 */
export function returnVisitOutcomeOf(c: Pick<Complaint, 'status' | 'returnVisit'>): ReturnVisitOutcome {
  const visit = c.returnVisit;
  return {
    due: c.status === 'closed',
    attempted: (visit?.attempts.length ?? 0) > 0,
    reached: reachedAttemptOf(visit) !== null,
    satisfaction: visit?.result?.satisfaction ?? null,
  };
}

/** A report row with the regulator's axes, the repeat flag, the days the clock stood still and the 回访. */
export interface QuarterlyRow extends ReportRow {
  reasonCode: string;
  lineCode: string;
  repeat: boolean;
  returnVisit: ReturnVisitOutcome;
}

/** A complaint's quarterly row from its whole record: the desk and the server read it alike. */
export function quarterlyRowOf(c: Complaint, deadlines: DeadlineSettings, branch: string | null, classification: Classification): QuarterlyRow {
  const registration = c.stages.registration;
  const classified = classify(
    {
      complaintType: c.intake.complaintType,
      complaintSubtype: c.intake.complaintSubtype,
      productName: registration?.policy.productName ?? null,
      reasonCode: registration?.reasonCode ?? null,
      lineCode: registration?.lineCode ?? null,
    },
    classification,
  );
  return {
    ...reportRowOf(c, deadlines, branch),
    reasonCode: classified.reasonCode,
    lineCode: classified.lineCode,
    repeat: Boolean(c.repeatOf),
    returnVisit: returnVisitOutcomeOf(c),
  };
}
