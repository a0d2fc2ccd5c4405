/**
 * The State Council's holiday schedule for 2026: 《国务院办公厅关于2026年部分节假日安排的通知》, dated
 * 2025-11-04 and published by Xinhua (新华社) the same day. 放假 (days off, including the weekend days of each
 * break) and 调休上班 (weekend days worked instead):
 * 元旦 1-01..1-03, work 1-04; 春节 2-15..2-23, work 2-14 and 2-28; 清明节 4-04..4-06; 劳动节 5-01..5-05, work 5-09;
 * 端午节 6-19..6-21; 中秋节 9-25..9-27; 国庆节 10-01..10-07, work 9-20 and 10-10.
 * Later years are not published yet: an admin adds each year's schedule when the notice appears (until then
 * that year counts weekends only).
 */
const range = (from: string, days: number): string[] =>
  Array.from({ length: days }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

export const CN_2026: { year: number; holidays: string[]; workdays: string[]; source: string } = {
  year: 2026,
  holidays: [
    ...range('2026-01-01', 3),
    ...range('2026-02-15', 9),
    ...range('2026-04-04', 3),
    ...range('2026-05-01', 5),
    ...range('2026-06-19', 3),
    ...range('2026-09-25', 3),
    ...range('2026-10-01', 7),
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）',
};
