import { callTimeProblem, callTimeProblemKey } from './call-time';
import type { IntakeData } from './intake';
import { Intake } from './intake';
import { subtypeProblem, type Taxonomy } from './taxonomy';

export interface IntakeIssue {
  path: [keyof IntakeData];
  message: string;
}

/**
 * The intake rules that need the desk's taxonomy and clock: the subtype belongs to the type (fixed or
 * an admin's extra), and the call time is neither in the future nor absurdly old. Core enforces them
 * with its clock; the form shows them with the agent's.
 */
export function intakeIssuesAt(
  intake: Pick<IntakeData, 'callTime' | 'complaintType' | 'complaintSubtype'>,
  taxonomy: Taxonomy,
  now: Date,
): IntakeIssue[] {
  const issues: IntakeIssue[] = [];
  const time = callTimeProblem(intake.callTime, now);
  if (time) issues.push({ path: ['callTime'], message: callTimeProblemKey(time) });
  if (subtypeProblem(taxonomy, intake.complaintType, intake.complaintSubtype)) {
    issues.push({ path: ['complaintSubtype'], message: 'validation.complaintSubtype.mismatch' });
  }
  return issues;
}

/** The intake schema with the taxonomy and clock rules added: what the form validates with. */
export function intakeSchemaWith(taxonomy: Taxonomy, now: () => Date) {
  return Intake.superRefine((intake, ctx) => {
    for (const issue of intakeIssuesAt(intake, taxonomy, now())) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}
