import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK_SETTINGS } from '../../../shared/domain/calendar/clock-settings';
import { CN_2026 } from '../../../shared/domain/calendar/cn-holidays';
import type { OrgErrorBody } from '../../../shared/org/errors';
import { ORG_ROUTES } from '../../../shared/org/routes';
import { getOrgSettings } from '../../../server/services/org-settings-service';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

const year = (over: Record<string, unknown>) => ({ ...DEFAULT_CLOCK_SETTINGS, calendar: { years: [{ year: 2027, holidays: [], workdays: [], source: '', ...over }] } });

describe.each(BACKENDS)('PUT /org-settings/clock refuses a bad working calendar with a 400 naming the field and the reason (%s)', (backend) => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    admin = (await server.signIn('M3001')).accessToken;
  });
  afterAll(() => server?.close());
  const put = (body: unknown) => server.call('PUT', ORG_ROUTES.clockSettings, { token: admin, body });

  it.each([
    ['a day both off and worked', year({ holidays: ['2027-10-09'], workdays: ['2027-10-09'] }), 'calendar.years.0', 'validation.calendar.day.both'],
    ['a day outside its year', year({ holidays: ['2026-10-01'] }), 'calendar.years.0', 'validation.calendar.day.otherYear'],
    ['a day that is no date', year({ holidays: ['2027-02-30'] }), 'calendar.years.0.holidays.0', 'validation.calendar.day.invalid'],
    ['a day entered twice', year({ holidays: ['2027-10-01', '2027-10-01'] }), 'calendar.years.0', 'validation.calendar.day.twice'],
    ['a name for a day not in the lists', year({ holidays: ['2027-10-01'], names: { '2027-10-02': '国庆节' } }), 'calendar.years.0', 'validation.calendar.name.unlisted'],
    ['a name too long', year({ holidays: ['2027-10-01'], names: { '2027-10-01': '国'.repeat(31) } }), 'calendar.years.0.names.2027-10-01', 'validation.calendar.name.tooLong'],
    ['a year out of range', year({ year: 1999 }), 'calendar.years.0.year', 'validation.calendar.year.range'],
    ['the same year twice', { ...DEFAULT_CLOCK_SETTINGS, calendar: { years: [CN_2026, CN_2026] } }, 'calendar', 'validation.calendar.year.duplicate'],
    ['return visit in 0 days', { ...DEFAULT_CLOCK_SETTINGS, returnVisitDays: 0 }, 'returnVisitDays', 'validation.clock.returnVisitDays.range'],
    ['first contact in 1.5 hours', { ...DEFAULT_CLOCK_SETTINGS, firstContactHours: 1.5 }, 'firstContactHours', 'validation.clock.firstContactHours.range'],
    ['an unknown field', { ...DEFAULT_CLOCK_SETTINGS, extra: 1 }, 'extra', 'unrecognized_keys'],
    ['an unknown field of a year', year({ region: 'CN' }), 'calendar.years.0.region', 'unrecognized_keys'],
  ])('%s', async (_what, body, path, code) => {
    const before = (await getOrgSettings(server.ctx)).version;
    const answer = await put(body);
    expect(answer.statusCode).toBe(400);
    const { error } = answer.json() as OrgErrorBody;
    expect(error.code).toBe('validation');
    expect(error.fields).toContainEqual({ path, code });
    expect((await getOrgSettings(server.ctx)).version).toBe(before);
  });

  it('takes a year with named days, and answers it back as saved', async () => {
    const body = year({ holidays: ['2027-10-01'], workdays: ['2027-09-26'], names: { '2027-10-01': '国庆节', '2027-09-26': '国庆节调休上班' }, source: '（示例）' });
    const answer = await put({ ...body, calendar: { years: [CN_2026, ...body.calendar.years] } });
    expect(answer.statusCode).toBe(200);
    expect((answer.json() as { clock: unknown }).clock).toEqual({ ...body, calendar: { years: [CN_2026, ...body.calendar.years] } });
  });
});
