import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { isRefusal } from '../../../shared/domain/refusal';
import { DEFAULT_CLOCK_SETTINGS } from '../../../shared/domain/calendar/clock-settings';
import { firstContactOf, recordContact } from '../../../shared/domain/workflow/first-contact';
import { firstContactReminders } from '../../../shared/domain/reminders/first-contact-reminders';
import { HANDLER, LEAD, newComplaint } from '../../support/workflow';

// Received by email on Friday 2026-09-25 — the first day of 中秋节 — at 10:00 Beijing time (02:00Z).
const RECEIVED = '2026-09-25T10:00:00+08:00';
const emailed = (): Complaint => {
  const c = newComplaint(HANDLER, RECEIVED);
  return { ...c, intake: { ...c.intake, channel: 'email' } };
};
const at = (iso: string) => new Date(iso);

describe('首次联系: first contact against working hours', () => {
  it('counts 24 working hours past 中秋节 (9-25..9-27): due Tuesday 9-29 00:00 Beijing', () => {
    const info = firstContactOf(emailed(), DEFAULT_CLOCK_SETTINGS, at('2026-09-26T02:00:00Z'));
    expect(info).toEqual({ dueAt: '2026-09-28T16:00:00.000Z', hours: 24, contactedAt: null, state: 'onTrack' });
    expect(firstContactOf(emailed(), DEFAULT_CLOCK_SETTINGS, at('2026-09-28T13:00:00Z')).state).toBe('dueSoon');
    expect(firstContactOf(emailed(), DEFAULT_CLOCK_SETTINGS, at('2026-09-28T16:00:01Z')).state).toBe('overdue');
  });

  it('a phone complaint was contacted on receipt', () => {
    const phoned = newComplaint(HANDLER, RECEIVED);
    expect(firstContactOf(phoned, DEFAULT_CLOCK_SETTINGS, at('2026-10-30T00:00:00Z'))).toMatchObject({ state: 'met', contactedAt: new Date(RECEIVED).toISOString() });
  });

  it('records a contact: in time, late, or refused when in the future or before receipt', () => {
    const command = { eventId: 'e1', contactedAt: '2026-09-28T09:00:00+08:00', method: 'phone', note: '已回电' };
    const result = recordContact(emailed(), command, HANDLER, at('2026-09-28T02:00:00Z'));
    if (isRefusal(result)) throw new Error(result.code);
    expect(result.complaint.contacts).toEqual([
      { at: '2026-09-28T01:00:00.000Z', method: 'phone', note: '已回电', by: { id: HANDLER.id, name: HANDLER.name }, recordedAt: '2026-09-28T02:00:00.000Z' },
    ]);
    expect(result.events[0]).toMatchObject({ kind: 'contact.recorded', data: { method: 'phone' } });
    expect(firstContactOf(result.complaint, DEFAULT_CLOCK_SETTINGS, at('2026-10-30T00:00:00Z')).state).toBe('met');
    const late = recordContact(emailed(), { ...command, contactedAt: '2026-09-29T09:00:00+08:00' }, HANDLER, at('2026-09-29T02:00:00Z'));
    if (isRefusal(late)) throw new Error(late.code);
    expect(firstContactOf(late.complaint, DEFAULT_CLOCK_SETTINGS, at('2026-10-30T00:00:00Z')).state).toBe('late');
    expect(recordContact(emailed(), command, HANDLER, at('2026-09-28T00:59:00Z'))).toMatchObject({ code: 'contact_in_future' });
    expect(recordContact(emailed(), { ...command, contactedAt: '2026-09-25T09:00:00+08:00' }, HANDLER, at('2026-09-28T02:00:00Z'))).toMatchObject({ code: 'contact_before_receipt' });
    expect(recordContact(emailed(), { ...command, method: 'pigeon' }, HANDLER, at('2026-09-28T02:00:00Z'))).toMatchObject({ code: 'contact_invalid', messageKey: 'validation.contact.method.required' });
  });

  it('reminds the handler once when due soon or overdue, never a lead of someone else\'s', () => {
    const now = at('2026-09-28T13:00:00Z');
    expect(firstContactReminders([emailed()], HANDLER, DEFAULT_CLOCK_SETTINGS, now, new Set()).map((r) => r.state)).toEqual(['firstContact']);
    expect(firstContactReminders([emailed()], HANDLER, DEFAULT_CLOCK_SETTINGS, now, new Set([`${emailed().id}:firstContact`]))).toEqual([]);
    expect(firstContactReminders([emailed()], LEAD, DEFAULT_CLOCK_SETTINGS, now, new Set())).toEqual([]);
    expect(firstContactReminders([emailed()], HANDLER, DEFAULT_CLOCK_SETTINGS, at('2026-09-26T02:00:00Z'), new Set())).toEqual([]);
  });
});
