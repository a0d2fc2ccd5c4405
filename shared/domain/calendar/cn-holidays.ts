/**
 * The State Council's holiday schedule for 2026: 《国务院办公厅关于2026年部分节假日安排的通知》
 * (国办发明电〔2025〕7号), dated 2025-11-04 and published by Xinhua (新华社) the same day. 放假 (days off,
 * including the weekend days of each break) and 调休上班 (weekend days worked instead):
 * 元旦 1-01..1-03, work 1-04; 春节 2-15..2-23, work 2-14 and 2-28; 清明节 4-04..4-06; 劳动节 5-01..5-05, work 5-09;
 * 端午节 6-19..6-21; 中秋节 9-25..9-27; 国庆节 10-01..10-07, work 9-20 and 10-10.
 * The dates are the notice's as Xinhua published it; the document number is as the notice was reposted
 * (Xinhua's text names none).
 *
 * 2027: no notice for 2027 is known to us as of 2026-12-08 (it usually appears in November of the year before),
 * so none is seeded — no dates are guessed. An admin adds each year's schedule when its notice appears
 * (管理 → 工作日历); until then that year counts weekends only.
 */
const range = (from: string, days: number): string[] =>
  Array.from({ length: days }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

/** The days of a list, each with the same name. */
const named = (days: readonly string[], name: string): Record<string, string> => Object.fromEntries(days.map((d) => [d, name]));

const NEW_YEAR = range('2026-01-01', 3);
const SPRING_FESTIVAL = range('2026-02-15', 9);
const QINGMING = range('2026-04-04', 3);
const LABOUR_DAY = range('2026-05-01', 5);
const DRAGON_BOAT = range('2026-06-19', 3);
const MID_AUTUMN = range('2026-09-25', 3);
const NATIONAL_DAY = range('2026-10-01', 7);

export const CN_2026: { year: number; holidays: string[]; workdays: string[]; source: string; names: Record<string, string> } = {
  year: 2026,
  holidays: [...NEW_YEAR, ...SPRING_FESTIVAL, ...QINGMING, ...LABOUR_DAY, ...DRAGON_BOAT, ...MID_AUTUMN, ...NATIONAL_DAY],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日，新华社发布）',
  names: {
    ...named(NEW_YEAR, '元旦'),
    ...named(SPRING_FESTIVAL, '春节'),
    ...named(QINGMING, '清明节'),
    ...named(LABOUR_DAY, '劳动节'),
    ...named(DRAGON_BOAT, '端午节'),
    ...named(MID_AUTUMN, '中秋节'),
    ...named(NATIONAL_DAY, '国庆节'),
    '2026-01-04': '元旦调休上班',
    '2026-02-14': '春节调休上班',
    '2026-02-28': '春节调休上班',
    '2026-05-09': '劳动节调休上班',
    '2026-09-20': '国庆节调休上班',
    '2026-10-10': '国庆节调休上班',
  },
};
