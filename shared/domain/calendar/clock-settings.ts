import { z } from 'zod';
import { DEFAULT_WORKING_CALENDAR, WorkingCalendarSchema } from './working-days';

/**
 * The organisation's clocks that run on working days (working-days.ts), beside the regulator's calendar-day
 * deadlines: the first contact with the complainant within `firstContactHours` of working time after receipt,
 * and the return visit (回访) within `returnVisitDays` working days of closing. The working calendar is the
 * State Council's holidays and 调休 days per year, kept by an admin on the server.
 */
export const ClockSettingsSchema = z
  .object({
    calendar: WorkingCalendarSchema,
    firstContactHours: z
      .number({ error: 'validation.clock.firstContactHours.required' })
      .int({ error: 'validation.clock.firstContactHours.range' })
      .min(1, { error: 'validation.clock.firstContactHours.range' })
      .max(720, { error: 'validation.clock.firstContactHours.range' }),
    returnVisitDays: z
      .number({ error: 'validation.clock.returnVisitDays.required' })
      .int({ error: 'validation.clock.returnVisitDays.range' })
      .min(1, { error: 'validation.clock.returnVisitDays.range' })
      .max(60, { error: 'validation.clock.returnVisitDays.range' }),
  })
  .strict();
export type ClockSettings = z.infer<typeof ClockSettingsSchema>;

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = { calendar: DEFAULT_WORKING_CALENDAR, firstContactHours: 24, returnVisitDays: 5 };

/** The clock settings of the organisation's settings; the defaults where a server (or a cache) of before has none. */
export const clockOf = (settings: { clock?: ClockSettings | undefined } | null | undefined): ClockSettings => settings?.clock ?? DEFAULT_CLOCK_SETTINGS;
