import { normalizePhone } from '../phone';
import { rememberRecent } from './recent-values';

/** Shortest tail of a phone number an agent may type to find it ("the last four digits"). */
export const MIN_PHONE_SUFFIX = 4;
/** Longer tails than this are found as the whole number or a substring. */
const MAX_PHONE_SUFFIX = 8;

/**
 * Every digit string a phone number is typed as: as written, E.164 (8613800138000) and national
 * (13800138000, 02112345678 for a landline with its trunk 0), so any of them finds it.
 */
export const phoneDigitForms = (raw: string): string[] => [...recentDigitForms(raw)];

const recentDigitForms = rememberRecent(digitForms);

function digitForms(raw: string): readonly string[] {
  const typed = raw.normalize('NFKC').replace(/\D/g, '');
  const key = normalizePhone(raw);
  const forms = new Set<string>();
  if (typed.length > 0) forms.add(typed);
  if (key?.startsWith('+')) {
    const e164 = key.slice(1);
    forms.add(e164);
    if (e164.startsWith('86')) {
      const national = e164.slice(2);
      forms.add(national.startsWith('1') ? national : `0${national}`);
    }
  }
  return [...forms];
}

/** The keys a phone number is found by exactly: each digit form (phoneDigitForms), and its last 4–8 digits. */
export function phoneKeys(forms: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const form of forms) {
    keys.add(form);
    for (let n = MIN_PHONE_SUFFIX; n <= Math.min(MAX_PHONE_SUFFIX, form.length - 1); n++) keys.add(form.slice(-n));
  }
  return [...keys];
}
