import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { moment, optionalText } from '../fields';
import { refuse, type Refusal } from '../refusal';
import { addWorkingHours, type WorkingCalendar } from '../calendar/working-days';
import { changeComplaint } from './change';
import { refusalUnlessAllowed } from './allowed-actions';
import { CONTACT_METHODS } from './fields';
import { refuseInvalid } from './guards';
import type { ContactRecord } from './contact-record';

/**
 * First contact (首次联系): the time from receipt to the first time the company reached the complainant, measured
 * against the organisation's `firstContactHours` of working time (clock-settings.ts; working-days.ts). A complaint
 * taken on the phone or at the counter was taken talking to the complainant: its first contact is its receipt.
 * Any other (an email, a letter, the regulator's referral …) waits for a recorded contact.
 */
/** What an agent enters to record a contact: when, how, and (optionally) what was said. */
export const ContactInputSchema = z
  .object({
    contactedAt: moment('contact.contactedAt'),
    method: z.enum(CONTACT_METHODS, { error: 'validation.contact.method.required' }),
    note: optionalText('contact.note', 500),
  })
  .strict();

/** Channels on which the complaint is taken while talking to the complainant. */
const TAKEN_IN_CONVERSATION: readonly string[] = ['phone', 'walk_in'];

/** When the complainant was first reached, or null while nobody has been. */
export function firstContactAtOf(c: Pick<Complaint, 'intake' | 'receivedAt' | 'contacts'>): string | null {
  if (TAKEN_IN_CONVERSATION.includes(c.intake.channel)) return new Date(c.receivedAt).toISOString();
  const times = c.contacts.map((r) => Date.parse(r.at)).filter((t) => !Number.isNaN(t));
  return times.length === 0 ? null : new Date(Math.min(...times)).toISOString();
}

/** Within this much wall time of its due time, a first contact shows as due soon. */
export const FIRST_CONTACT_DUE_SOON_MS = 4 * 60 * 60 * 1000;

export const FIRST_CONTACT_STATES = ['onTrack', 'dueSoon', 'overdue', 'met', 'late', 'missed'] as const;
export type FirstContactState = (typeof FIRST_CONTACT_STATES)[number];

export const FirstContactInfoSchema = z.object({
  /** receivedAt + firstContactHours of working time. */
  dueAt: z.string(),
  hours: z.number().int(),
  contactedAt: z.string().nullable(),
  /** Open and not yet reached: onTrack / dueSoon / overdue; reached: met (in time) or late; ended without a contact: missed. */
  state: z.enum(FIRST_CONTACT_STATES),
});
export type FirstContactInfo = z.infer<typeof FirstContactInfoSchema>;

export function firstContactOf(
  c: Pick<Complaint, 'intake' | 'receivedAt' | 'contacts' | 'status'>,
  settings: { firstContactHours: number; calendar: WorkingCalendar },
  now: Date,
): FirstContactInfo {
  const due = addWorkingHours(new Date(c.receivedAt), settings.firstContactHours, settings.calendar);
  const contactedAt = firstContactAtOf(c);
  const base = { dueAt: due.toISOString(), hours: settings.firstContactHours, contactedAt };
  if (contactedAt !== null) return { ...base, state: Date.parse(contactedAt) > due.getTime() ? 'late' : 'met' };
  if (c.status !== 'open') return { ...base, state: 'missed' };
  const remaining = due.getTime() - now.getTime();
  return { ...base, state: remaining < 0 ? 'overdue' : remaining <= FIRST_CONTACT_DUE_SOON_MS ? 'dueSoon' : 'onTrack' };
}

/** complaint.recordContact: the handler reached (or spoke with) the complainant. */
export interface RecordContactCommand {
  eventId: string;
  contactedAt: unknown;
  method: unknown;
  note?: unknown;
}

export function recordContact(complaint: Complaint, command: RecordContactCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'recordContact');
  if (refusal) return refusal;
  const parsed = ContactInputSchema.safeParse({ contactedAt: command.contactedAt, method: command.method, note: command.note ?? '' });
  if (!parsed.success) return refuseInvalid('contact_invalid', parsed.error);
  const at = Date.parse(parsed.data.contactedAt);
  if (at > now.getTime()) return refuse('contact_in_future', 'refusal.contact.inFuture');
  if (at < Date.parse(complaint.receivedAt)) return refuse('contact_before_receipt', 'refusal.contact.beforeReceipt');
  const record: ContactRecord = {
    at: new Date(at).toISOString(),
    method: parsed.data.method,
    note: parsed.data.note,
    by: { id: actor.id, name: actor.name },
    recordedAt: now.toISOString(),
  };
  return changeComplaint(complaint, { contacts: [...complaint.contacts, record] }, actor, now, {
    eventId: command.eventId,
    kind: 'contact.recorded',
    data: { method: record.method, at: record.at },
  });
}
