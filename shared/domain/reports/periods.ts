import { z } from 'zod';

/** A reporting period: a month (2026-11) or a quarter (2026-Q4). */
export const PeriodSchema = z
  .string({ error: 'reports.validation.period' })
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, { error: 'reports.validation.period' });
export type Period = z.infer<typeof PeriodSchema>;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period's first and last calendar day. */
export function periodDays(period: Period): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const quarter = /Q([1-4])$/.exec(period)?.[1];
  const [first, last] = quarter ? [Number(quarter) * 3 - 2, Number(quarter) * 3] : [Number(period.slice(5)), Number(period.slice(5))];
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}
