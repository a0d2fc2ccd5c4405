import { callTimeProblem, callTimeProblemKey } from './call-time';
import type { IntakeData } from './intake';
import { IntakeFields, checkIntakeRules } from './intake';
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

/**
 * The intake schema with the taxonomy and clock rules added: what the form validates with. The call time is
 * checked on its own field, so a call in 2030 is red together with the other fields (an object's refinement
 * runs only once every field parses, which hid it until everything else was valid).
 */
export function intakeSchemaWith(taxonomy: Taxonomy, now: () => Date) {
  const callTime = IntakeFields.shape.callTime.superRefine((value, ctx) => {
    const problem = callTimeProblem(value, now());
    // An unreadable time already has its own message from the format check.
    if (problem && problem !== 'invalid') ctx.addIssue({ code: 'custom', message: callTimeProblemKey(problem) });
  });
  return IntakeFields.extend({ callTime })
    .superRefine(checkIntakeRules)
    .superRefine((intake, ctx) => {
      for (const issue of intakeIssuesAt(intake, taxonomy, now())) {
        if (issue.path[0] !== 'callTime') ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    });
}
