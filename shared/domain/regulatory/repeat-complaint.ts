import { z } from 'zod';
import { normalizePhone } from '../phone';

/**
 * 重复投诉: the same customer — by phone number or identity number — about the same policy again within
 * the organisation's window (days, `repeatWindowDays`) of an earlier complaint. Decided where the complaint
 * is created from the complaints that side holds (the server holds all of them, so its answer is the one
 * that stays): the desk's flag is never taken from the desk's word.
 */
export const RepeatLinkSchema = z.object({ id: z.string(), number: z.string(), receivedAt: z.string() }).strict();
export type RepeatLink = z.infer<typeof RepeatLinkSchema>;

/** What the rule needs of an earlier complaint. */
export interface EarlierComplaint {
  id: string;
  number: string;
  receivedAt: string;
  contactPhone: string;
  idNumber: string;
  policyNumber: string;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The phone in matching form (the desk's phone key): the same mobile written +86 138…, 138-… is one phone. */
export const phoneKey = (phone: string): string => normalizePhone(phone) ?? '';
const idKey = (id: string): string => id.trim().toUpperCase();
const policyKey = (policy: string): string => policy.trim().toUpperCase();

/**
 * The earlier complaint a new one repeats: same policy (a complaint without a policy number repeats
 * nothing), same phone or identity number, received within `windowDays` before it (not after it, not
 * itself); the most recent such one. Null when none.
 */
export function repeatComplaintOf(
  complaint: { id: string; receivedAt: string; contactPhone: string; idNumber: string; policyNumber: string },
  earlier: readonly EarlierComplaint[],
  windowDays: number,
): RepeatLink | null {
  const policy = policyKey(complaint.policyNumber);
  if (policy === '') return null;
  const at = Date.parse(complaint.receivedAt);
  const phone = phoneKey(complaint.contactPhone);
  const id = idKey(complaint.idNumber);
  // A customer's earlier complaints mostly carry one spelling of their phone: each spelling is parsed once.
  const keys = new Map<string, string>([[complaint.contactPhone, phone]]);
  const keyOf = (raw: string) => keys.get(raw) ?? keys.set(raw, phoneKey(raw)).get(raw)!;
  let found: EarlierComplaint | null = null;
  for (const e of earlier) {
    if (e.id === complaint.id || policyKey(e.policyNumber) !== policy) continue;
    const sameCustomer = (phone !== '' && keyOf(e.contactPhone) === phone) || (id !== '' && idKey(e.idNumber) === id);
    if (!sameCustomer) continue;
    const before = at - Date.parse(e.receivedAt);
    if (before < 0 || before > windowDays * DAY_MS) continue;
    if (!found || Date.parse(e.receivedAt) > Date.parse(found.receivedAt)) found = e;
  }
  return found && { id: found.id, number: found.number, receivedAt: found.receivedAt };
}
