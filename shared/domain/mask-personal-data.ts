/**
 * The one masking rule for logs (PIPL: a log line must not identify a customer): every run of digits
 * long enough to be a phone, ID card or policy number keeps only its last 4 characters, whatever
 * separators it is written with; Chinese resident ID numbers may end in X. Short numbers (times,
 * counts, ports, versions) stay readable.
 */
const LONG_NUMBER = /[+\d][\d\s()-]{5,}[\dXx]/g;
/** Policy numbers: letters then digits (P2026-000123, PX7781234455), at least 6 characters in all. */
const POLICY_NUMBER = /\b[A-Za-z]{1,4}-?\d[\d-]{4,}\b/g;
const MIN_DIGITS = 7;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function maskRun(run: string): string {
  if (DATE.test(run)) return run;
  const digits = run.replace(/[^\dXx]/g, '');
  if (digits.length < MIN_DIGITS) return run;
  return `***${digits.slice(-4)}`;
}

export function maskPersonalData(text: string): string {
  return text.replace(POLICY_NUMBER, (policy) => `***${policy.slice(-4)}`).replace(LONG_NUMBER, maskRun);
}
