import { z } from 'zod';
import { CN_2026 } from './cn-holidays';

/**
 * Working days (工作日) in Asia/Shanghai: Monday to Friday, except the public holidays of the State Council's
 * yearly schedule (放假), plus the weekend days it makes working days (调休上班). The organisation keeps the
 * schedule per year in its settings (an admin adds next year's when the notice appears); a year without one
 * counts weekends only. Used for the return visit (回访) and first contact; the regulator's 15/30 days stay
 * calendar days (deadlines.ts).
 */
const day = z.iso.date({ error: 'validation.calendar.day.invalid' });

/** The first and last year a schedule may be kept for. */
export const CALENDAR_YEARS = { first: 2000, last: 2100 } as const;

export const CalendarYearSchema = z
  .object({
    year: z
      .number({ error: 'validation.calendar.year.range' })
      .int({ error: 'validation.calendar.year.range' })
      .min(CALENDAR_YEARS.first, { error: 'validation.calendar.year.range' })
      .max(CALENDAR_YEARS.last, { error: 'validation.calendar.year.range' }),
    /** Days off (放假), weekend days of a break included. */
    holidays: z.array(day).max(60, { error: 'validation.calendar.day.tooMany' }),
    /** Weekend days worked (调休上班). */
    workdays: z.array(day).max(30, { error: 'validation.calendar.day.tooMany' }),
    /** Where the schedule comes from: the notice's title and date. */
    source: z.string().trim().max(500, { error: 'validation.calendar.source.tooLong' }),
    /** What a day is for, as the notice names it (元旦, 春节调休上班): optional, only for days of the year's lists. */
    names: z.record(day, z.string().trim().max(30, { error: 'validation.calendar.name.tooLong' })).optional(),
  })
  .strict()
  .refine((y) => [...y.holidays, ...y.workdays].every((d) => d.startsWith(`${y.year}-`)), { error: 'validation.calendar.day.otherYear' })
  .refine((y) => !y.holidays.some((d) => y.workdays.includes(d)), { error: 'validation.calendar.day.both' })
  .refine((y) => new Set(y.holidays).size === y.holidays.length && new Set(y.workdays).size === y.workdays.length, { error: 'validation.calendar.day.twice' })
  .refine((y) => Object.keys(y.names ?? {}).every((d) => y.holidays.includes(d) || y.workdays.includes(d)), { error: 'validation.calendar.name.unlisted' });
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const WorkingCalendarSchema = z
  .object({ years: z.array(CalendarYearSchema).max(50) })
  .strict()
  .refine((c) => new Set(c.years.map((y) => y.year)).size === c.years.length, { error: 'validation.calendar.year.duplicate' });
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = { years: [CN_2026] };

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) of an instant in Asia/Shanghai (UTC+8 all year: no summer time). */
export const shanghaiDay = (instant: Date): string => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** The instant a Shanghai calendar day begins. */
export const shanghaiDayStart = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS);

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** A calendar's days as sets, built once per calendar and reused. */
interface CalendarIndex {
  holidays: Set<string>;
  workdays: Set<string>;
}
const indexes = new WeakMap<WorkingCalendar, CalendarIndex>();
function indexOf(calendar: WorkingCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (!index) {
    index = { holidays: new Set(calendar.years.flatMap((y) => y.holidays)), workdays: new Set(calendar.years.flatMap((y) => y.workdays)) };
    indexes.set(calendar, index);
  }
  return index;
}

/** 调休上班 days are working days, 放假 days are not, otherwise Monday to Friday. */
export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  const { holidays, workdays } = indexOf(calendar);
  if (workdays.has(day)) return true;
  if (holidays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * "Within N working days" of an instant: the end of the Nth working day after the instant's day (closed on
 * a Friday, 5 working days → the end of the next Friday, or later across holidays). The instant itself when N is 0.
 */
export function addWorkingDays(from: Date, n: number, calendar: WorkingCalendar): Date {
  if (n <= 0) return from;
  let day = shanghaiDay(from);
  for (let counted = 0; counted < n; ) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return shanghaiDayStart(nextDay(day));
}

/**
 * `hours` of working time after an instant, counting only the hours of working days (a whole working day has
 * 24): received on a Friday at 15:00, 24 hours → Monday 15:00; received on a Sunday → Tuesday 00:00.
 */
export function addWorkingHours(from: Date, hours: number, calendar: WorkingCalendar): Date {
  let left = hours * 60 * 60 * 1000;
  let at = from.getTime();
  let day = shanghaiDay(from);
  for (;;) {
    const end = shanghaiDayStart(nextDay(day)).getTime();
    if (isWorkingDay(day, calendar)) {
      if (at + left <= end) return new Date(at + left);
      left -= end - at;
    }
    at = end;
    day = nextDay(day);
  }
}

/** The working days in (from's day, to's day]: how many a span covers, as a lead reads it. */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  let count = 0;
  const last = shanghaiDay(to);
  for (let day = nextDay(shanghaiDay(from)); day <= last; day = nextDay(day)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}
