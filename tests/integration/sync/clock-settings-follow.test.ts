import { describe, expect, it } from 'vitest';
import type { ClockSettings } from '../../../shared/org/org-settings-schema';
import { DEFAULT_CLOCK_SETTINGS } from '../../../shared/domain/calendar/clock-settings';
import { ORG_ROUTES } from '../../../shared/org/routes';
import { agentFromProfile } from '../../../core/services/current-agent';
import { cacheOrgSettings, cachedOrgSettings } from '../../../core/services/org-settings-cache';
import { getOrgSettings } from '../../../server/services/org-settings-service';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf } from '../../support/workflow-desk';

const NOW = new Date('2026-11-26T02:00:00.000Z');
const WITH_2027: ClockSettings = {
  ...DEFAULT_CLOCK_SETTINGS,
  returnVisitDays: 3,
  calendar: {
    years: [
      ...DEFAULT_CLOCK_SETTINGS.calendar.years,
      { year: 2027, holidays: ['2027-01-01'], workdays: [], source: '国务院办公厅关于2027年部分节假日安排的通知（示例）' },
    ],
  },
};

describe('the working calendar: edited by an admin on the server, cached on every desk (PostgreSQL)', () => {
  const net = syncedDesks('postgres', ['A1001', 'M3001'], { now: NOW });

  it('starts with the 2026 schedule; an admin replaces it; a desk has it after its next pull, and offline after that', async () => {
    const person = agentFromProfile(net.session('A1001').profile);
    const desk = net.deskOf(person);
    // Before any fetch the desk reads the defaults (the 2026 schedule).
    expect(valueOf<ClockSettings>(await desk.dispatch('clock.settings', {}))).toEqual(DEFAULT_CLOCK_SETTINGS);
    const initial = await getOrgSettings(net.server.ctx);
    expect(initial.clock).toEqual(DEFAULT_CLOCK_SETTINGS);
    cacheOrgSettings(desk.ctx, initial);

    const put = await net.server.call('PUT', ORG_ROUTES.clockSettings, { token: net.session('M3001').accessToken, body: WITH_2027 });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ version: initial.version + 1, clock: WITH_2027 });

    await net.sync(desk, person);
    expect(cachedOrgSettings(desk.ctx)?.version).toBe(initial.version + 1);
    expect(valueOf<ClockSettings>(await desk.dispatch('clock.settings', {}))).toEqual(WITH_2027);
  });

  it('refuses an agent (403) and a calendar that breaks its rules (400), changing nothing', async () => {
    const before = await getOrgSettings(net.server.ctx);
    const agent = await net.server.call('PUT', ORG_ROUTES.clockSettings, { token: net.session('A1001').accessToken, body: DEFAULT_CLOCK_SETTINGS });
    expect(agent.statusCode).toBe(403);
    const bad = (body: unknown) => net.server.call('PUT', ORG_ROUTES.clockSettings, { token: net.session('M3001').accessToken, body });
    const wrongYear = { ...DEFAULT_CLOCK_SETTINGS, calendar: { years: [{ year: 2027, holidays: ['2026-10-01'], workdays: [], source: '' }] } };
    const both = { ...DEFAULT_CLOCK_SETTINGS, calendar: { years: [{ year: 2026, holidays: ['2026-10-10'], workdays: ['2026-10-10'], source: '' }] } };
    const twice = { ...DEFAULT_CLOCK_SETTINGS, calendar: { years: [...DEFAULT_CLOCK_SETTINGS.calendar.years, ...DEFAULT_CLOCK_SETTINGS.calendar.years] } };
    for (const body of [wrongYear, both, twice, { ...DEFAULT_CLOCK_SETTINGS, returnVisitDays: 0 }, { ...DEFAULT_CLOCK_SETTINGS, extra: 1 }, { ...DEFAULT_CLOCK_SETTINGS, calendar: { years: [{ year: 2026, holidays: ['2026-13-01'], workdays: [], source: '' }] } }]) {
      const answer = await bad(body);
      expect([answer.statusCode, JSON.stringify(body)]).toEqual([400, JSON.stringify(body)]);
    }
    expect((await getOrgSettings(net.server.ctx)).version).toBe(before.version);
  });
});
