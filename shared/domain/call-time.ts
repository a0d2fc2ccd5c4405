/**
 * When a complaint may say the customer called. A later time would move the regulatory deadline and
 * number the complaint by a day that has not come; desk clocks drift, so a few minutes ahead pass.
 */
export const CALL_TIME_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * The oldest call a new complaint may record: one year back. The longest decision period is
 * 15 + 30 + 30 = 75 days, so a call older than a year is not a complaint being taken now but a
 * mistyped year (2016 for 2026) or an empty date read as 1970.
 */
export const CALL_TIME_MAX_AGE_MS = 366 * 24 * 60 * 60 * 1000;

export type CallTimeProblem = 'future' | 'tooOld' | 'invalid';

/** Why `callTime` (ISO with offset) cannot be a new complaint's call time at `now`, or null when it can. */
export function callTimeProblem(callTime: string, now: Date): CallTimeProblem | null {
  const at = Date.parse(callTime);
  if (Number.isNaN(at)) return 'invalid';
  if (at > now.getTime() + CALL_TIME_CLOCK_SKEW_MS) return 'future';
  if (at < now.getTime() - CALL_TIME_MAX_AGE_MS) return 'tooOld';
  return null;
}

/** The i18n key of a call-time problem (validation.callTime.*). */
export const callTimeProblemKey = (problem: CallTimeProblem) => `validation.callTime.${problem}` as const;
