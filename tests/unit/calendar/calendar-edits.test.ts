import { describe, expect, it } from 'vitest';
import { addCalendarDay, addCalendarYear, calendarDaysOf, removeCalendarDay, setCalendarSource } from '../../../shared/domain/calendar/calendar-edits';
import { CN_2026 } from '../../../shared/domain/calendar/cn-holidays';
import { DEFAULT_CLOCK_SETTINGS, ClockSettingsSchema } from '../../../shared/domain/calendar/clock-settings';
import { DEFAULT_WORKING_CALENDAR, isWorkingDay, type WorkingCalendar } from '../../../shared/domain/calendar/working-days';

const withYear = (): WorkingCalendar => {
  const added = addCalendarYear(DEFAULT_WORKING_CALENDAR, 2027);
  if (!added.ok) throw new Error(added.messageKey);
  return added.calendar;
};

describe("an admin's edits of the working calendar, checked by the calendar's own schema", () => {
  it('the seeded 2026 schedule is valid, every listed day is named, and its source cites the notice', () => {
    expect(ClockSettingsSchema.safeParse(DEFAULT_CLOCK_SETTINGS).success).toBe(true);
    expect([...CN_2026.holidays, ...CN_2026.workdays].filter((d) => !CN_2026.names[d])).toEqual([]);
    expect(CN_2026.source).toContain('国办发明电〔2025〕7号');
    expect(CN_2026.holidays).toHaveLength(33);
  });

  it('adds a year in order; refuses one kept already or out of range', () => {
    const added = addCalendarYear({ years: [{ ...CN_2026, year: 2026 }, { year: 2028, holidays: [], workdays: [], source: '' }] }, 2027);
    expect(added.ok && added.calendar.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
    expect(addCalendarYear(DEFAULT_WORKING_CALENDAR, 2026)).toEqual({ ok: false, messageKey: 'validation.calendar.year.duplicate' });
    expect(addCalendarYear(DEFAULT_WORKING_CALENDAR, 1999)).toEqual({ ok: false, messageKey: 'validation.calendar.year.range' });
    expect(addCalendarYear(DEFAULT_WORKING_CALENDAR, Number.NaN)).toEqual({ ok: false, messageKey: 'validation.calendar.year.range' });
  });

  it('adds a day off with its name, and the day stops being a working day', () => {
    const calendar = withYear();
    expect(isWorkingDay('2027-10-08', calendar)).toBe(true);
    const edit = addCalendarDay(calendar, 2027, { day: ' 2027-10-08 ', kind: 'holiday', name: ' 国庆节 ' });
    if (!edit.ok) throw new Error(edit.messageKey);
    const year = edit.calendar.years.find((y) => y.year === 2027)!;
    expect(calendarDaysOf(year)).toEqual([{ day: '2027-10-08', kind: 'holiday', name: '国庆节' }]);
    expect(isWorkingDay('2027-10-08', edit.calendar)).toBe(false);
    expect(ClockSettingsSchema.safeParse({ ...DEFAULT_CLOCK_SETTINGS, calendar: edit.calendar }).success).toBe(true);
  });

  it('a 调休 Saturday becomes a working day; the same day of the same kind again only renames it', () => {
    const edit = addCalendarDay(withYear(), 2027, { day: '2027-10-09', kind: 'workday', name: '' });
    if (!edit.ok) throw new Error(edit.messageKey);
    expect(isWorkingDay('2027-10-09', edit.calendar)).toBe(true);
    const renamed = addCalendarDay(edit.calendar, 2027, { day: '2027-10-09', kind: 'workday', name: '国庆节调休上班' });
    expect(renamed.ok && renamed.calendar.years[1]).toMatchObject({ workdays: ['2027-10-09'], names: { '2027-10-09': '国庆节调休上班' } });
  });

  it('refuses a day both off and worked, a day of another year, no date, a name too long, or a year not kept — changing nothing', () => {
    const calendar = withYear();
    expect(addCalendarDay(DEFAULT_WORKING_CALENDAR, 2026, { day: '2026-10-10', kind: 'holiday', name: '' })).toEqual({ ok: false, messageKey: 'validation.calendar.day.both' });
    expect(addCalendarDay(calendar, 2027, { day: '2026-10-08', kind: 'holiday', name: '' })).toEqual({ ok: false, messageKey: 'validation.calendar.day.otherYear' });
    expect(addCalendarDay(calendar, 2027, { day: '2027-13-01', kind: 'holiday', name: '' })).toEqual({ ok: false, messageKey: 'validation.calendar.day.invalid' });
    expect(addCalendarDay(calendar, 2027, { day: '10/08', kind: 'holiday', name: '' })).toEqual({ ok: false, messageKey: 'validation.calendar.day.invalid' });
    expect(addCalendarDay(calendar, 2027, { day: '2027-10-08', kind: 'holiday', name: '国'.repeat(31) })).toEqual({ ok: false, messageKey: 'validation.calendar.name.tooLong' });
    expect(addCalendarDay(calendar, 2030, { day: '2030-10-08', kind: 'holiday', name: '' })).toEqual({ ok: false, messageKey: 'validation.calendar.year.missing' });
    expect(calendar.years[1]).toEqual({ year: 2027, holidays: [], workdays: [], source: '' });
  });

  it('removes a day with its name, and keeps the source as typed', () => {
    const removed = removeCalendarDay(DEFAULT_WORKING_CALENDAR, 2026, '2026-10-10');
    const year = removed.years[0]!;
    expect(year.workdays).not.toContain('2026-10-10');
    expect(year.names?.['2026-10-10']).toBeUndefined();
    expect(isWorkingDay('2026-10-10', removed)).toBe(false);
    expect(setCalendarSource(removed, 2026, '通知').years[0]?.source).toBe('通知');
    // The seed itself is untouched.
    expect(CN_2026.workdays).toContain('2026-10-10');
  });
});
