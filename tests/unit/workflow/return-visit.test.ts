import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { DEFAULT_CLOCK_SETTINGS } from '../../../shared/domain/calendar/clock-settings';
import { isRefusal } from '../../../shared/domain/refusal';
import { recordReturnVisit } from '../../../shared/domain/workflow/record-return-visit';
import { returnVisitDueAt, returnVisitMissingBefore, returnVisitOf, returnVisitPendingSince } from '../../../shared/domain/workflow/return-visit';
import { RETURN_VISIT_ATTEMPTS_MAX } from '../../../shared/domain/workflow/return-visit-record';
import { HANDLER, LEAD, OTHER_AGENT, complaintAt } from '../../support/workflow';

const at = (iso: string) => new Date(iso);
/** The fixture's complaint, closed at `closedAt`. */
const closedAt = (iso: string): Complaint => ({ ...complaintAt('closure'), status: 'closed', endedAt: new Date(iso).toISOString() });
const unreached = (attemptedAt: string) => ({ eventId: 'e-rv', attemptedAt, reached: false });
const reached = (attemptedAt: string, satisfaction = 'not', acceptsResult = false, stillWants = '希望全额赔付') => ({ eventId: 'e-rv2', attemptedAt, reached: true, satisfaction, acceptsResult, stillWants });

describe('回访: due within N working days of closing', () => {
  it('counts past 国庆节 (10-01..10-07) and the 调休 Saturday 10-10: closed 9-30, due the end of 10-13 Beijing', () => {
    expect(returnVisitDueAt('2026-09-30T15:00:00+08:00', DEFAULT_CLOCK_SETTINGS).toISOString()).toBe('2026-10-13T16:00:00.000Z');
  });

  it('counts the 调休 Sunday 9-20 as a working day: closed Friday 9-18, due the end of Thursday 9-24', () => {
    expect(returnVisitDueAt('2026-09-18T17:30:00+08:00', DEFAULT_CLOCK_SETTINGS).toISOString()).toBe('2026-09-24T16:00:00.000Z');
  });

  it('follows the organisation\'s returnVisitDays', () => {
    expect(returnVisitDueAt('2026-09-30T15:00:00+08:00', { ...DEFAULT_CLOCK_SETTINGS, returnVisitDays: 1 }).toISOString()).toBe('2026-10-08T16:00:00.000Z');
  });

  it('is onTrack, dueSoon, then missing; none for an open or withdrawn complaint', () => {
    const c = closedAt('2026-09-30T15:00:00+08:00');
    expect(returnVisitOf(c, DEFAULT_CLOCK_SETTINGS, at('2026-10-09T02:00:00Z'))).toMatchObject({ state: 'onTrack', dueAt: '2026-10-13T16:00:00.000Z', days: 5, attempts: 0 });
    expect(returnVisitOf(c, DEFAULT_CLOCK_SETTINGS, at('2026-10-13T02:00:00Z'))?.state).toBe('dueSoon');
    expect(returnVisitOf(c, DEFAULT_CLOCK_SETTINGS, at('2026-10-13T16:00:00Z'))?.state).toBe('missing');
    expect(returnVisitOf(complaintAt('analysis'), DEFAULT_CLOCK_SETTINGS, at('2026-10-13T16:00:00Z'))).toBeNull();
    expect(returnVisitOf({ ...c, status: 'withdrawn' }, DEFAULT_CLOCK_SETTINGS, at('2026-10-13T16:00:00Z'))).toBeNull();
  });

  it('finds the missing ones by the closing time alone: closed before the cutoff ⟺ due at or before now', () => {
    expect(returnVisitMissingBefore(at('2026-10-14T02:00:00Z'), DEFAULT_CLOCK_SETTINGS)).toBe('2026-10-07T16:00:00.000Z');
    const instant = fc.date({ min: at('2026-01-01T00:00:00Z'), max: at('2027-03-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 1, max: 15 }), (closed, now, days) => {
        const settings = { ...DEFAULT_CLOCK_SETTINGS, returnVisitDays: days };
        const due = returnVisitDueAt(closed.toISOString(), settings).getTime() <= now.getTime();
        expect(closed.toISOString() < returnVisitMissingBefore(now, settings)).toBe(due);
      }),
      { numRuns: 300 },
    );
  });
});

describe('回访: recording it', () => {
  const c = closedAt('2026-09-30T15:00:00+08:00');
  const now = at('2026-10-09T02:00:00Z');

  it('keeps each unreached attempt with its time, then the answers of the reached one', () => {
    const first = recordReturnVisit(c, unreached('2026-10-08T10:00:00+08:00'), HANDLER, now);
    if (isRefusal(first)) throw new Error(first.code);
    expect(first.complaint.returnVisit).toEqual({
      attempts: [{ at: '2026-10-08T02:00:00.000Z', reached: false, by: { id: HANDLER.id, name: HANDLER.name }, recordedAt: now.toISOString() }],
      result: null,
    });
    expect(returnVisitPendingSince(first.complaint)).toBe(c.endedAt);
    expect(first.events[0]).toMatchObject({ kind: 'returnVisit.recorded', data: { attempt: 1, reached: false } });
    const second = recordReturnVisit(first.complaint, reached('2026-10-09T09:30:00+08:00'), HANDLER, now);
    if (isRefusal(second)) throw new Error(second.code);
    expect(second.complaint.returnVisit?.attempts).toHaveLength(2);
    expect(second.complaint.returnVisit?.result).toEqual({ satisfaction: 'not', acceptsResult: false, stillWants: '希望全额赔付' });
    expect(returnVisitOf(second.complaint, DEFAULT_CLOCK_SETTINGS, at('2026-11-30T00:00:00Z'))).toMatchObject({ state: 'done', attempts: 2 });
    expect(returnVisitPendingSince(second.complaint)).toBeNull();
    // Done: nothing more is recorded.
    expect(recordReturnVisit(second.complaint, unreached('2026-10-09T09:40:00+08:00'), HANDLER, at('2026-10-09T02:00:00Z'))).toMatchObject({ code: 'return_visit_done' });
  });

  it('is late when reached after its due time', () => {
    const late = recordReturnVisit(c, reached('2026-10-14T09:00:00+08:00', 'satisfied', true, ''), HANDLER, at('2026-10-14T02:00:00Z'));
    if (isRefusal(late)) throw new Error(late.code);
    expect(returnVisitOf(late.complaint, DEFAULT_CLOCK_SETTINGS, at('2026-10-14T02:00:00Z'))?.state).toBe('late');
  });

  it('validates the answers: required when reached, none when not', () => {
    expect(recordReturnVisit(c, { ...reached('2026-10-08T10:00:00+08:00'), satisfaction: undefined }, HANDLER, now)).toMatchObject({
      code: 'return_visit_invalid',
      messageKey: 'validation.returnVisit.satisfaction.required',
      params: { field: 'satisfaction' },
    });
    expect(recordReturnVisit(c, { ...reached('2026-10-08T10:00:00+08:00'), acceptsResult: null }, HANDLER, now)).toMatchObject({ messageKey: 'validation.returnVisit.acceptsResult.required' });
    expect(recordReturnVisit(c, { ...reached('2026-10-08T10:00:00+08:00'), satisfaction: 'delighted' }, HANDLER, now)).toMatchObject({ code: 'return_visit_invalid' });
    expect(recordReturnVisit(c, { ...unreached('2026-10-08T10:00:00+08:00'), satisfaction: 'satisfied' }, HANDLER, now)).toMatchObject({ messageKey: 'validation.returnVisit.satisfaction.notReached' });
    expect(recordReturnVisit(c, { ...unreached('2026-10-08T10:00:00+08:00'), stillWants: '退保' }, HANDLER, now)).toMatchObject({ messageKey: 'validation.returnVisit.stillWants.notReached' });
    expect(recordReturnVisit(c, { ...reached('2026-10-08T10:00:00+08:00'), stillWants: 'x'.repeat(1001) }, HANDLER, now)).toMatchObject({ messageKey: 'validation.returnVisit.stillWants.tooLong' });
    expect(recordReturnVisit(c, { ...unreached('yesterday') }, HANDLER, now)).toMatchObject({ messageKey: 'validation.returnVisit.attemptedAt.invalid' });
    expect(recordReturnVisit(c, { eventId: 'e', attemptedAt: '2026-10-08T10:00:00+08:00', reached: 'yes' }, HANDLER, now)).toMatchObject({ messageKey: 'validation.returnVisit.reached.required' });
  });

  it('refuses a time in the future or before the closing, and past the attempts limit', () => {
    expect(recordReturnVisit(c, unreached('2026-10-09T10:01:00+08:00'), HANDLER, now)).toMatchObject({ code: 'return_visit_in_future' });
    expect(recordReturnVisit(c, unreached('2026-09-30T14:59:00+08:00'), HANDLER, now)).toMatchObject({ code: 'return_visit_before_closing' });
    const full: Complaint = {
      ...c,
      returnVisit: { attempts: Array.from({ length: RETURN_VISIT_ATTEMPTS_MAX }, () => ({ at: '2026-10-08T02:00:00.000Z', reached: false, by: HANDLER, recordedAt: '2026-10-08T02:00:00.000Z' })), result: null },
    };
    expect(recordReturnVisit(full, unreached('2026-10-08T10:00:00+08:00'), HANDLER, now)).toMatchObject({ code: 'return_visit_too_many_attempts', params: { max: RETURN_VISIT_ATTEMPTS_MAX } });
  });

  it('is for the handler or a lead, on a closed complaint only', () => {
    expect(recordReturnVisit(c, unreached('2026-10-08T10:00:00+08:00'), OTHER_AGENT, now)).toMatchObject({ code: 'not_assignee' });
    expect(isRefusal(recordReturnVisit(c, unreached('2026-10-08T10:00:00+08:00'), LEAD, now))).toBe(false);
    expect(recordReturnVisit(complaintAt('closure'), unreached('2026-10-08T10:00:00+08:00'), HANDLER, now)).toMatchObject({ code: 'return_visit_not_closed' });
    expect(recordReturnVisit({ ...c, status: 'withdrawn' }, unreached('2026-10-08T10:00:00+08:00'), HANDLER, now)).toMatchObject({ code: 'complaint_withdrawn' });
  });
});
