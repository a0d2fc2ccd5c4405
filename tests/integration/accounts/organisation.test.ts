import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import type { User } from '../../../shared/org/user';
import { makeServerDesk, startCompanyServer, DEMO_PASSWORD, type ServerDesk } from '../../support/company-server';
import { valueOf } from '../../support/workflow-desk';

let company: Awaited<ReturnType<typeof startCompanyServer>>;
const desks: ServerDesk[] = [];
const newDesk = (settings: Record<string, unknown> = {}) => {
  const desk = makeServerDesk(company.server.url, settings);
  desks.push(desk);
  return desk;
};
const signIn = async (desk: ServerDesk, employeeNo: string, password = DEMO_PASSWORD) =>
  valueOf(await desk.dispatch('session.signIn', { employeeNo, password }));

beforeAll(async () => {
  company = await startCompanyServer();
}, 120_000);
afterAll(async () => company?.close());
afterEach(() => {
  for (const desk of desks.splice(0)) desk.close();
});

const OLD_DEADLINES = { standardDays: 12, complexDays: 25, extensionDays: 20 };

// In order: adoption only happens while the server's settings were never edited.
describe('organisation settings', () => {
  it('an agent signing in does not move the old local values up; they are read until the cache has the organisation\'s', async () => {
    const desk = newDesk({ 'workflow.deadlines': OLD_DEADLINES });
    expect(valueOf(await desk.dispatch('session.current', {}))).toMatchObject({ agent: null });
    await signIn(desk, 'A1001');
    const cached = desk.settings.get('organisationSettings') as OrgSettings;
    expect(cached.version).toBe(0);
    expect(valueOf(await desk.dispatch('settings.deadlines.get', {}))).toEqual({ standardDays: 15, complexDays: 30, extensionDays: 30, offlineWindowDays: 14, suspensionApprovalDays: 30 });
  });

  it('an admin\'s desk adopts its old local deadlines and phrases once, while the server is at version 0; the old values stay', async () => {
    const desk = newDesk({ 'workflow.deadlines': OLD_DEADLINES });
    await signIn(desk, 'M3001');
    const adopted = desk.settings.get('organisationSettings') as OrgSettings;
    expect(adopted).toMatchObject({ version: 1, deadlines: OLD_DEADLINES });
    expect(desk.settings.get('workflow.deadlines')).toEqual(OLD_DEADLINES);

    // Another admin desk with other old values: the organisation's stand, nothing is adopted twice.
    const second = newDesk({ 'workflow.deadlines': { standardDays: 5, complexDays: 10, extensionDays: 10 } });
    await signIn(second, 'M3001');
    expect(second.settings.get('organisationSettings')).toMatchObject({ version: 1, deadlines: OLD_DEADLINES });
    expect(valueOf(await second.dispatch('settings.deadlines.get', {}))).toEqual({ ...OLD_DEADLINES, offlineWindowDays: 14, suspensionApprovalDays: 30 });
  });

  it('an admin changes deadlines on the server; every desk reads them from its cache, offline too', async () => {
    const admin = newDesk();
    await signIn(admin, 'M3001');
    const shorter = { standardDays: 10, complexDays: 20, extensionDays: 20 };
    // Stored with the offline window's default (the setting an admin's form sends too).
    const stored = { ...shorter, offlineWindowDays: 14, suspensionApprovalDays: 30 };
    expect(valueOf(await admin.dispatch('settings.deadlines.set', shorter))).toEqual(stored);

    const agent = newDesk();
    await signIn(agent, 'B2002');
    expect(valueOf(await agent.dispatch('settings.deadlines.get', {}))).toEqual(stored);
    expect(await agent.dispatch('settings.deadlines.set', shorter)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    agent.settings.set('serverUrl', 'http://127.0.0.1:9');
    expect(valueOf(await agent.dispatch('settings.deadlines.get', {}))).toEqual(stored);
    expect(valueOf(await agent.dispatch('org.settings.get', {}))).toMatchObject({ settings: { deadlines: stored } });

    admin.settings.set('serverUrl', 'http://127.0.0.1:9');
    expect(await admin.dispatch('settings.deadlines.set', OLD_DEADLINES)).toMatchObject({
      ok: false,
      error: { code: 'offline', messageKey: 'accounts.errors.offline' },
    });
  });

  it('an admin adds subtypes under the fixed types; an invalid code is refused next to its field', async () => {
    const admin = newDesk();
    await signIn(admin, 'M3001');
    const current = valueOf<{ settings: OrgSettings }>(await admin.dispatch('org.settings.refresh', {})).settings;
    const input = { deadlines: current.deadlines, phrases: current.phrases, taxonomy: { extraSubtypes: { fraud: [{ code: 'Bad Code', zh: '冒名', en: 'Impostor' }] } } };
    expect(await admin.dispatch('org.settings.set', input)).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['taxonomy', 'extraSubtypes', 'fraud', 0, 'code'], messageKey: 'validation.subtype.code.format' }] },
    });
    input.taxonomy.extraSubtypes.fraud[0]!.code = 'impostor_agent';
    expect(valueOf<OrgSettings>(await admin.dispatch('org.settings.set', input)).taxonomy).toEqual(input.taxonomy);
    expect(admin.settings.get('organisationSettings')).toMatchObject({ taxonomy: input.taxonomy });
  });
});

describe('administration', () => {
  it('is refused to agents by the desk and to leads beyond their own team', async () => {
    const desk = newDesk();
    await signIn(desk, 'A1001');
    for (const [call, input] of [
      ['admin.users.list', {}],
      ['admin.users.create', { employeeNo: 'X9999', name: '冒名', role: 'admin', teamId: null, password: 'Sneaky@2026' }],
      ['admin.teams.list', {}],
      ['org.settings.set', { deadlines: OLD_DEADLINES, phrases: {}, taxonomy: { extraSubtypes: {} } }],
      ['settings.idleLock.set', { minutes: 1 }],
    ] as const) {
      const result = await desk.dispatch(call, input);
      expect(result.ok ? null : result.error.code, call).toMatch(/^(forbidden|validation)$/);
    }
    expect(await desk.dispatch('admin.users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const lead = newDesk();
    await signIn(lead, 'L2002');
    expect(await lead.dispatch('admin.users.create', { employeeNo: 'X9998', name: '组长建人', role: 'agent', teamId: null, password: 'Sneaky@2026' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const team = valueOf<{ users: User[] }>(await lead.dispatch('admin.users.list', {}));
    expect(new Set(team.users.map((u) => u.teamName))).toEqual(new Set(['保全投诉二组']));
  });

  it('creates an agent who then signs in; a taken 工号 is refused next to its field', async () => {
    const admin = newDesk();
    await signIn(admin, 'M3001');
    const teams = valueOf<{ teams: { id: string; name: string }[] }>(await admin.dispatch('admin.teams.list', {}));
    const teamId = teams.teams.find((t) => t.name === '综合投诉组')!.id;
    const body = { employeeNo: 'A3009', name: '新坐席', role: 'agent', teamId, password: 'Start@2026' };
    expect(valueOf<User>(await admin.dispatch('admin.users.create', body))).toMatchObject({ employeeNo: 'A3009', teamName: '综合投诉组', active: true });
    expect(await admin.dispatch('admin.users.create', body)).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: ['employeeNo'], messageKey: 'accounts.server.taken' }] },
    });
    const desk = newDesk();
    expect(await signIn(desk, 'A3009', 'Start@2026')).toMatchObject({ agent: { name: '新坐席', role: 'agent', teamName: '综合投诉组' } });
  });

  it('a deactivation takes effect at the next online contact: signed out, no more offline sign-in', async () => {
    const admin = newDesk();
    await signIn(admin, 'M3001');
    const teams = valueOf<{ teams: { id: string; name: string }[] }>(await admin.dispatch('admin.teams.list', {}));
    const created = valueOf<User>(
      await admin.dispatch('admin.users.create', { employeeNo: 'A3010', name: '将停用', role: 'agent', teamId: teams.teams[0]!.id, password: 'Start@2026' }),
    );
    const desk = newDesk();
    await signIn(desk, 'A3010', 'Start@2026');
    expect(valueOf(await admin.dispatch('admin.users.update', { id: created.id, changes: { active: false } }))).toMatchObject({ active: false });

    // Local work still answers until the desk next talks to the server …
    expect(valueOf(await desk.dispatch('queue.mine', {}))).toMatchObject({ total: 0 });
    // … which refuses the session: signed out here, verifier gone.
    expect(await desk.dispatch('org.settings.refresh', {})).toMatchObject({ ok: false });
    expect(valueOf(await desk.dispatch('session.current', {}))).toMatchObject({ agent: null });
    expect((desk.settings.get('offlineAccounts') as Record<string, unknown>).A3010).toBeUndefined();
    expect(await desk.dispatch('session.signIn', { employeeNo: 'A3010', password: 'Start@2026' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'accounts.errors.deactivated' },
    });
    desk.settings.set('serverUrl', 'http://127.0.0.1:9');
    expect(await desk.dispatch('session.signIn', { employeeNo: 'A3010', password: 'Start@2026' })).toMatchObject({
      ok: false,
      error: { code: 'offline', messageKey: 'accounts.errors.offlineNeverOnline' },
    });
  });

  it('a password reset by an admin ends the person\'s session; the new password works online, the old one no longer does', async () => {
    const admin = newDesk();
    await signIn(admin, 'M3001');
    const teams = valueOf<{ teams: { id: string }[] }>(await admin.dispatch('admin.teams.list', {}));
    const created = valueOf<User>(
      await admin.dispatch('admin.users.create', { employeeNo: 'A3011', name: '改密码', role: 'agent', teamId: teams.teams[0]!.id, password: 'Start@2026' }),
    );
    const desk = newDesk();
    await signIn(desk, 'A3011', 'Start@2026');
    expect(valueOf(await admin.dispatch('admin.users.resetPassword', { id: created.id, newPassword: 'Fresh@2026x' }))).toEqual({ ok: true });
    expect(await desk.dispatch('org.settings.refresh', {})).toMatchObject({ ok: false });
    expect(valueOf(await desk.dispatch('session.current', {}))).toMatchObject({ agent: null });
    expect(await signIn(desk, 'A3011', 'Fresh@2026x')).toMatchObject({ offline: false });
  });
});

describe('the idle lock', () => {
  it('locks after the timeout: every call but unlock and sign-out is refused; the password unlocks, offline too; a restart stays locked', async () => {
    const desk = newDesk();
    await signIn(desk, 'A1001');
    expect(valueOf(await desk.dispatch('settings.idleLock.get', {}))).toEqual({ minutes: 15 });
    desk.idle(14 * 60_000);
    expect(valueOf(await desk.dispatch('queue.mine', {}))).toMatchObject({ total: 0 });
    desk.idle(15 * 60_000 + 1);
    expect(await desk.dispatch('queue.mine', {})).toEqual({ ok: false, error: { code: 'locked', messageKey: 'accounts.errors.locked' } });
    expect(await desk.dispatch('settings.deadlines.get', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(valueOf(await desk.dispatch('session.current', {}))).toMatchObject({ locked: true, agent: { id: 'A1001' } });

    desk.reopenLock();
    expect(valueOf(await desk.dispatch('session.current', {}))).toMatchObject({ locked: true });
    desk.settings.set('serverUrl', 'http://127.0.0.1:9');
    expect(await desk.dispatch('session.unlock', { password: 'Wrong@2026' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['password'], messageKey: 'accounts.errors.wrongPassword' }] },
    });
    expect(valueOf(await desk.dispatch('session.unlock', { password: DEMO_PASSWORD }))).toMatchObject({ locked: false });
    expect(valueOf(await desk.dispatch('queue.mine', {}))).toMatchObject({ total: 0 });
  });

  it('signs the person out after too many wrong passwords', async () => {
    const desk = newDesk();
    await signIn(desk, 'B2002');
    desk.idle(16 * 60_000);
    for (let i = 0; i < 4; i += 1) expect((await desk.dispatch('session.unlock', { password: `Wrong${i}@2026` })).ok).toBe(false);
    expect(await desk.dispatch('session.unlock', { password: 'Wrong4@2026' })).toMatchObject({
      ok: false,
      error: { messageKey: 'accounts.errors.tooManyUnlockAttempts' },
    });
    expect(valueOf(await desk.dispatch('session.current', {}))).toMatchObject({ agent: null, locked: false });
  });

  it('takes its timeout from a setting only an admin changes', async () => {
    const desk = newDesk();
    await signIn(desk, 'M3001');
    expect(await desk.dispatch('settings.idleLock.set', { minutes: 0 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['minutes'], messageKey: 'validation.idleLock.minutes' }] },
    });
    expect(valueOf(await desk.dispatch('settings.idleLock.set', { minutes: 5 }))).toEqual({ minutes: 5 });
    desk.idle(5 * 60_000 + 1);
    expect(await desk.dispatch('queue.mine', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});
