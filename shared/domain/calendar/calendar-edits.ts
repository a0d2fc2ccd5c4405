import type { z } from 'zod';
import { CalendarYearSchema, WorkingCalendarSchema, type CalendarYear, type WorkingCalendar } from './working-days';

/**
 * An admin's edits of the working calendar, one day or one year at a time (管理 → 工作日历). Each edit is
 * checked by the calendar's own schema (working-days.ts), so the screen refuses what the server would refuse,
 * with the same message keys; a refused edit changes nothing.
 */
export type DayKind = 'holiday' | 'workday';
export type CalendarEdit = { ok: true; calendar: WorkingCalendar } | { ok: false; messageKey: string };

/** A zod issue's message when it is one of our keys; zod's own prose otherwise becomes the generic key. */
const firstMessageKey = (error: z.ZodError): string => {
  const message = error.issues[0]?.message ?? '';
  return message.startsWith('validation.') ? message : 'validation.invalid';
};

const listOf = (kind: DayKind): 'holidays' | 'workdays' => (kind === 'holiday' ? 'holidays' : 'workdays');

const withYear = (calendar: WorkingCalendar, year: CalendarYear): WorkingCalendar => ({
  years: calendar.years.map((y) => (y.year === year.year ? year : y)),
});

/**
 * Puts a day into a year's 放假 or 调休上班 list with its name (blank: no name). The same day of the same kind
 * again only renames it; a day already of the other kind is refused (a day cannot be both), as is a day of
 * another year or not a date.
 */
export function addCalendarDay(calendar: WorkingCalendar, year: number, entry: { day: string; kind: DayKind; name: string }): CalendarEdit {
  const current = calendar.years.find((y) => y.year === year);
  if (!current) return { ok: false, messageKey: 'validation.calendar.year.missing' };
  const day = entry.day.trim();
  const name = entry.name.trim();
  const withDay = (list: 'holidays' | 'workdays') => (listOf(entry.kind) !== list || current[list].includes(day) ? current[list] : [...current[list], day].sort());
  const otherNames = Object.fromEntries(Object.entries(current.names ?? {}).filter(([d]) => d !== day));
  const names = name === '' ? otherNames : { ...otherNames, [day]: name };
  const candidate: CalendarYear = {
    ...current,
    holidays: withDay('holidays'),
    workdays: withDay('workdays'),
    ...(Object.keys(names).length > 0 || current.names ? { names } : {}),
  };
  const parsed = CalendarYearSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, messageKey: firstMessageKey(parsed.error) };
  return { ok: true, calendar: withYear(calendar, candidate) };
}

/** Takes a day out of a year's lists, and its name with it. */
export function removeCalendarDay(calendar: WorkingCalendar, year: number, day: string): WorkingCalendar {
  const current = calendar.years.find((y) => y.year === year);
  if (!current) return calendar;
  const names = Object.fromEntries(Object.entries(current.names ?? {}).filter(([d]) => d !== day));
  return withYear(calendar, {
    ...current,
    holidays: current.holidays.filter((d) => d !== day),
    workdays: current.workdays.filter((d) => d !== day),
    ...(current.names ? { names } : {}),
  });
}

/** Changes where a year's schedule comes from (the notice's title, number and date). */
export function setCalendarSource(calendar: WorkingCalendar, year: number, source: string): WorkingCalendar {
  const current = calendar.years.find((y) => y.year === year);
  return current ? withYear(calendar, { ...current, source }) : calendar;
}

/** Adds an empty year (weekends only until its days are entered), the years kept in order; a year kept already, or out of range, is refused. */
export function addCalendarYear(calendar: WorkingCalendar, year: number): CalendarEdit {
  const candidate: WorkingCalendar = { years: [...calendar.years, { year, holidays: [], workdays: [], source: '' }].sort((a, b) => a.year - b.year) };
  const parsed = WorkingCalendarSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, messageKey: firstMessageKey(parsed.error) };
  return { ok: true, calendar: candidate };
}

/** A year's days in date order, each with its kind and name, as the screen lists them. */
export function calendarDaysOf(year: CalendarYear): { day: string; kind: DayKind; name: string }[] {
  return [
    ...year.holidays.map((day) => ({ day, kind: 'holiday' as const, name: year.names?.[day] ?? '' })),
    ...year.workdays.map((day) => ({ day, kind: 'workday' as const, name: year.names?.[day] ?? '' })),
  ].sort((a, b) => a.day.localeCompare(b.day) || a.kind.localeCompare(b.kind));
}
