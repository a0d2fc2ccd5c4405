import { z } from 'zod';

/** A calendar day in the team's time zone. */
export const DaySchema = z.iso.date({ error: 'team.validation.day' });

/** A range of days for reports and exports: at most a year, in order. */
export const DayRangeSchema = z
  .object({ from: DaySchema, to: DaySchema })
  .strict()
  .refine((r) => r.from <= r.to, { path: ['to'], error: 'team.validation.rangeOrder' })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 366 * 86_400_000, { path: ['to'], error: 'team.validation.rangeTooLong' });
export type DayRange = z.infer<typeof DayRangeSchema>;
