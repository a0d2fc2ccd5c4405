import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addWorkingDays,
  addWorkingHours,
  DEFAULT_WORKING_CALENDAR,
  isWorkingDay,
  shanghaiDay,
  shanghaiDayStart,
  WorkingCalendarSchema,
  workingDaysBetween,
  type WorkingCalendar,
} from '../../../shared/domain/calendar/working-days';

const CAL = DEFAULT_WORKING_CALENDAR;
const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('the 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知)', () => {
  it('has the 33 days off and the 6 weekend days worked of the notice', () => {
    expect(CAL.years[0]?.holidays).toHaveLength(33);
    expect(CAL.years[0]?.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(WorkingCalendarSchema.safeParse(CAL).success).toBe(true);
    // Every 调休上班 day is a weekend day, as the notice says (周日/周六).
    for (const d of CAL.years[0]!.workdays) expect([0, 6]).toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
  });

  it.each([
    ['2026-01-01', false, '元旦 (Thursday)'],
    ['2026-01-04', true, '调休: a Sunday worked'],
    ['2026-02-16', false, '春节 (Monday)'],
    ['2026-02-14', true, '调休: a Saturday worked'],
    ['2026-10-08', true, 'the Thursday after 国庆节'],
    ['2026-10-10', true, '调休: a Saturday worked'],
    ['2026-12-05', false, 'a plain Saturday'],
    ['2027-01-01', true, 'a Friday of a year without a schedule: weekends only'],
  ])('%s is a working day: %s (%s)', (d, working) => {
    expect(isWorkingDay(d, CAL)).toBe(working);
  });

  it('counts 回访 days across 国庆节 and its 调休 Saturday', () => {
    // Closed Wednesday 2026-09-30 at 16:00 Beijing time: the working days after are 10-08, 10-09, 10-10 (调休), 10-12, 10-13.
    expect(addWorkingDays(at('2026-09-30T08:00:00Z'), 5, CAL).toISOString()).toBe(shanghaiDayStart('2026-10-14').toISOString());
    // Closed on Friday 2026-12-04 late at night Beijing time (still Friday there): the next Friday's end.
    expect(addWorkingDays(at('2026-12-04T15:30:00Z'), 5, CAL).toISOString()).toBe(shanghaiDayStart('2026-12-12').toISOString());
  });

  it('counts first-contact hours on working days only, across the new year', () => {
    // Wednesday 2026-12-30 20:00 Beijing: 4 h of the 30th and 20 h of the 31st → the 31st at 20:00.
    expect(addWorkingHours(at('2026-12-30T12:00:00Z'), 24, CAL).toISOString()).toBe('2026-12-31T12:00:00.000Z');
    // Thursday 2026-12-31 20:00 Beijing: 4 h that day, 2027-01-01 (a Friday, no 2027 schedule yet) gives the other 20.
    expect(addWorkingHours(at('2026-12-31T12:00:00Z'), 24, CAL).toISOString()).toBe('2027-01-01T12:00:00.000Z');
    // Received on New Year's Day 2026 (a holiday): the 24 hours are Sunday 01-04, a 调休 day worked → Monday 00:00.
    expect(addWorkingHours(at('2026-01-01T02:00:00Z'), 24, CAL).toISOString()).toBe(shanghaiDayStart('2026-01-05').toISOString());
  });
});

/** A calendar across a year end: random 放假 weekdays and 调休 weekend days in 2026 and 2027. */
const days = fc.integer({ min: 0, max: 729 }).map((i) => new Date(Date.parse('2026-01-01T00:00:00Z') + i * DAY).toISOString().slice(0, 10));
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
const calendars = fc.array(days, { maxLength: 40 }).map((picked): WorkingCalendar => {
  const years = [2026, 2027].map((year) => {
    const mine = [...new Set(picked.filter((d) => d.startsWith(`${year}-`)))];
    return { year, holidays: mine.filter((d) => weekday(d) % 6 !== 0), workdays: mine.filter((d) => weekday(d) % 6 === 0), source: 'test' };
  });
  return { years };
});
const instants = fc.integer({ min: 0, max: 700 * 24 }).map((h) => new Date(Date.parse('2026-01-01T00:00:00Z') + h * HOUR + 17 * 60_000));

describe('working-day arithmetic (any schedule, across year ends and 调休)', () => {
  it('N working days later is the end of a working day, with exactly N working days counted', () => {
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 1, max: 30 }), (cal, from, n) => {
        const due = addWorkingDays(from, n, cal);
        const lastDay = shanghaiDay(new Date(due.getTime() - 1));
        expect(isWorkingDay(lastDay, cal)).toBe(true);
        expect(due.getTime()).toBe(shanghaiDayStart(lastDay).getTime() + DAY);
        // The day-by-day reference: walk the days after `from`, counting working ones.
        let count = 0;
        for (let t = shanghaiDayStart(shanghaiDay(from)).getTime() + DAY; t < due.getTime(); t += DAY) if (isWorkingDay(shanghaiDay(new Date(t)), cal)) count += 1;
        expect(count).toBe(n);
        expect(workingDaysBetween(from, new Date(due.getTime() - 1), cal)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('adding in two steps is adding at once; more days is later', () => {
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 15 }), (cal, from, a, b) => {
        const once = addWorkingDays(from, a + b, cal);
        const twice = addWorkingDays(new Date(addWorkingDays(from, a, cal).getTime() - 1), b, cal);
        expect(twice.toISOString()).toBe(once.toISOString());
        expect(addWorkingDays(from, a + 1, cal).getTime()).toBeGreaterThan(addWorkingDays(from, a, cal).getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('working hours: the time between is exactly the hours asked, counted hour by hour on working days', () => {
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 1, max: 120 }), (cal, from, hours) => {
        const until = addWorkingHours(from, hours, cal);
        // The hour-by-hour reference (from is 17 minutes past an hour: step minute-aligned slices of an hour).
        let counted = 0;
        for (let t = from.getTime(); t < until.getTime(); t += HOUR) {
          const sliceEnd = Math.min(t + HOUR, until.getTime());
          // A slice may straddle midnight: split it there.
          const midnight = shanghaiDayStart(shanghaiDay(new Date(sliceEnd - 1))).getTime();
          if (midnight > t) {
            if (isWorkingDay(shanghaiDay(new Date(t)), cal)) counted += midnight - t;
            if (isWorkingDay(shanghaiDay(new Date(midnight)), cal)) counted += sliceEnd - midnight;
          } else if (isWorkingDay(shanghaiDay(new Date(t)), cal)) counted += sliceEnd - t;
        }
        expect(counted).toBe(hours * HOUR);
        // It ends on a working day's time, never in a day off.
        expect(isWorkingDay(shanghaiDay(new Date(until.getTime() - 1)), cal)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
