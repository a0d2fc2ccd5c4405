import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS_INPUT, OrgSettingsSchema, type OrgSettingsInput } from '../../../shared/org/org-settings-schema';
import { BranchSchema, TeamSchema, type Team } from '../../../shared/org/organisation';
import { UserSchema, type User } from '../../../shared/org/user';
import { RealDataError, seedDemoOrganisation } from '../../../server/services/demo-organisation';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('server organisation on %s', (backend) => {
  let server: TestServer;
  let admin: string;
  let agentToken: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    admin = (await server.signIn('M3001')).accessToken;
    agentToken = (await server.signIn('A1001')).accessToken;
  });
  afterAll(() => server?.close());

  const as = (token: string) => ({
    get: (path: string) => server.call('GET', path, { token }),
    post: (path: string, body: unknown) => server.call('POST', path, { token, body }),
    patch: (path: string, body: unknown) => server.call('PATCH', path, { token, body }),
    put: (path: string, body: unknown) => server.call('PUT', path, { token, body }),
  });
  const userNamed = async (employeeNo: string) =>
    ((await as(admin).get('/users')).json().users as User[]).find((u) => u.employeeNo === employeeNo)!;

  it('refuses to seed the demo organisation over real data', async () => {
    await expect(seedDemoOrganisation(server.ctx)).rejects.toBeInstanceOf(RealDataError);
  });

  it('creates a branch, a team led by a lead, and an agent in it who then signs in', async () => {
    const branch = BranchSchema.parse((await as(admin).post('/branches', { name: '华北分公司' })).json());
    const dup = await as(admin).post('/branches', { name: '华北分公司' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toEqual([{ path: 'name', code: 'taken' }]);

    const lead = UserSchema.parse(
      (await as(admin).post('/users', { employeeNo: 'L4001', name: '马龙', role: 'lead', teamId: null, password: 'Lead-pass-1' })).json(),
    );
    const team = TeamSchema.parse((await as(admin).post('/teams', { name: '北方组', branchId: branch.id, leadId: lead.id })).json());
    expect(team).toMatchObject({ branchName: '华北分公司', leadId: lead.id });
    expect(await userNamed('L4001')).toMatchObject({ teamId: team.id, teamName: '北方组', branchName: '华北分公司' });

    const agent = await as(admin).post('/users', { employeeNo: 'A4001', name: '许昕', role: 'agent', teamId: team.id, password: 'Agent-pass-1' });
    expect(agent.statusCode).toBe(200);
    const session = await server.signIn('A4001', 'Agent-pass-1');
    expect(session.profile).toMatchObject({ role: 'agent', teamName: '北方组', branchName: '华北分公司' });
    const leadSession = await server.signIn('L4001', 'Lead-pass-1');
    const members = (await as(leadSession.accessToken).get('/users')).json().users as User[];
    expect(members.map((u) => u.employeeNo).sort()).toEqual(['A4001', 'L4001']);
  });

  it('refuses a taken 工号 (in any letter case) with 409', async () => {
    const response = await as(admin).post('/users', { employeeNo: 'a1001', name: '重复', role: 'agent', teamId: null, password: 'Passw0rd!x' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields).toEqual([{ path: 'employeeNo', code: 'taken' }]);
  });

  it('gives field codes for invalid users', async () => {
    const response = await as(admin).post('/users', { employeeNo: 'a-1', name: '', role: 'boss', teamId: null, password: 'short' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: 'employeeNo', code: 'validation.employeeNo.format' },
      { path: 'name', code: 'validation.name.required' },
      { path: 'role', code: 'validation.role.invalid' },
      { path: 'password', code: 'validation.password.tooShort' },
    ]);
  });

  it('moves a user to another team and changes their role', async () => {
    const teams = (await as(admin).get('/teams')).json().teams as Team[];
    const south = teams.find((t) => t.name === '综合投诉组')!;
    const sunli = await userNamed('A1003');
    const moved = UserSchema.parse((await as(admin).patch(`/users/${sunli.id}`, { teamId: south.id, role: 'lead' })).json());
    expect(moved).toMatchObject({ teamName: '综合投诉组', branchName: '华南分公司', role: 'lead' });
  });

  it('a lead leads one team: making them lead of another frees the first', async () => {
    const teams = (await as(admin).get('/teams')).json().teams as Team[];
    const first = teams.find((t) => t.name === '理赔投诉一组')!;
    const second = teams.find((t) => t.name === '保全投诉二组')!;
    const updated = TeamSchema.parse((await as(admin).patch(`/teams/${second.id}`, { leadId: first.leadId })).json());
    expect(updated.leadId).toBe(first.leadId);
    const after = (await as(admin).get('/teams')).json().teams as Team[];
    expect(after.find((t) => t.id === first.id)!.leadId).toBeNull();
    const notALead = await as(admin).patch(`/teams/${first.id}`, { leadId: (await userNamed('A1001')).id });
    expect(notALead.json().error.fields).toEqual([{ path: 'leadId', code: 'validation.lead.notLead' }]);
  });

  it('keeps one active admin: the last cannot be demoted or deactivated, nor can an admin demote themselves', async () => {
    const me = await userNamed('M3001');
    const self = await as(admin).patch(`/users/${me.id}`, { active: false });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.fields).toEqual([{ path: 'active', code: 'self' }]);

    const second = UserSchema.parse(
      (await as(admin).post('/users', { employeeNo: 'M3002', name: '第二管理员', role: 'admin', teamId: null, password: 'Admin-pass-2' })).json(),
    );
    const other = (await server.signIn('M3002', 'Admin-pass-2')).accessToken;
    // Two admins demoting each other at once: the changes are serialised, one stays admin.
    const [a, b] = await Promise.all([
      as(admin).patch(`/users/${second.id}`, { role: 'agent' }),
      as(other).patch(`/users/${me.id}`, { active: false }),
    ]);
    // The loser is refused as the last admin (409), or as no longer an admin at all (403).
    const [winner, loser] = a.statusCode === 200 ? [a, b] : [b, a];
    expect(winner.statusCode).toBe(200);
    expect([403, 409]).toContain(loser.statusCode);
    const admins = ((await as(a.statusCode === 200 ? admin : other).get('/users')).json().users as User[]).filter(
      (u) => u.role === 'admin' && u.active,
    );
    expect(admins).toHaveLength(1);
    // Back to M3001 as the only admin, whoever won.
    if (b.statusCode === 200) {
      expect((await as(other).patch(`/users/${me.id}`, { active: true })).statusCode).toBe(200);
      admin = (await server.signIn('M3001')).accessToken;
      expect((await as(admin).patch(`/users/${second.id}`, { role: 'agent' })).statusCode).toBe(200);
    }
    expect(await userNamed('M3001')).toMatchObject({ role: 'admin', active: true });
    expect((await as(admin).patch(`/users/${me.id}`, { role: 'agent' })).statusCode).toBe(409);
  });

  describe('organisation settings', () => {
    const edited: OrgSettingsInput = {
      ...DEFAULT_ORG_SETTINGS_INPUT,
      deadlines: { standardDays: 10, complexDays: 20, extensionDays: 15, offlineWindowDays: 7, suspensionApprovalDays: 30 },
      taxonomy: { extraSubtypes: { service_quality: [{ code: 'long_queue', zh: '排队过久', en: 'Long queue' }] } },
    };

    it('start at version 0 with the defaults; every signed-in user reads them', async () => {
      const settings = OrgSettingsSchema.parse((await as(agentToken).get('/org-settings')).json());
      expect(settings).toMatchObject({ version: 0, ...DEFAULT_ORG_SETTINGS_INPUT });
    });

    it('adopt a desk’s old local values once, while never edited; then 409', async () => {
      const adopted = OrgSettingsSchema.parse((await as(admin).post('/org-settings/adopt', edited)).json());
      expect(adopted).toMatchObject({ version: 1, deadlines: edited.deadlines, taxonomy: edited.taxonomy });
      const again = await as(admin).post('/org-settings/adopt', DEFAULT_ORG_SETTINGS_INPUT);
      expect(again.statusCode).toBe(409);
      expect((await as(agentToken).get('/org-settings')).json()).toMatchObject({ version: 1, deadlines: edited.deadlines });
    });

    it('are replaced by an admin, the version going up by one each time', async () => {
      const put = OrgSettingsSchema.parse((await as(admin).put('/org-settings', DEFAULT_ORG_SETTINGS_INPUT)).json());
      expect(put).toMatchObject({ version: 2, ...DEFAULT_ORG_SETTINGS_INPUT });
      expect(Date.parse(put.updatedAt)).not.toBeNaN();
    });

    it('refuse bad values with the shared rule’s field codes, keeping the version', async () => {
      const response = await as(admin).put('/org-settings', {
        ...DEFAULT_ORG_SETTINGS_INPUT,
        deadlines: { standardDays: 30, complexDays: 15, extensionDays: 0 },
        taxonomy: { extraSubtypes: { fraud: [{ code: 'claim_amount', zh: '重复', en: 'dup' }] } },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual(
        expect.arrayContaining([
          { path: 'deadlines.extensionDays', code: 'validation.deadlines.extensionDays.range' },
          { path: 'taxonomy.extraSubtypes.fraud.0.code', code: 'validation.subtype.code.builtIn' },
        ]),
      );
      expect((await as(agentToken).get('/org-settings')).json().version).toBe(2);
    });

    const ours = { id: 'apology-zh', language: 'zh-CN', purpose: 'general', title: '致歉', body: '{{customerName}}您好，给您带来不便深表歉意。' } as const;

    it('carry the reply templates: an admin replaces them with the rest, every user reads them, a PUT without them keeps them', async () => {
      expect((await as(agentToken).get('/org-settings')).json().templates).toEqual(DEFAULT_ORG_SETTINGS_INPUT.templates);
      const put = OrgSettingsSchema.parse((await as(admin).put('/org-settings', { ...DEFAULT_ORG_SETTINGS_INPUT, templates: [ours] })).json());
      expect(put).toMatchObject({ version: 3, templates: [ours] });
      expect(OrgSettingsSchema.parse((await as(agentToken).get('/org-settings')).json())).toMatchObject({ version: 3, templates: [ours] });
      // A desk of before (no templates in what it sends) changes the rest and leaves the templates as they are.
      const { templates: _left, ...older } = edited;
      const kept = OrgSettingsSchema.parse((await as(admin).put('/org-settings', older)).json());
      expect(kept).toMatchObject({ version: 4, deadlines: edited.deadlines, templates: [ours] });
    });

    it('refuse invalid templates with the shared rule’s field codes, keeping the version and the templates', async () => {
      const put = (templates: unknown) => as(admin).put('/org-settings', { ...DEFAULT_ORG_SETTINGS_INPUT, templates });
      const blank = await put([{ ...ours, title: ' ', body: '' }]);
      expect(blank.statusCode).toBe(400);
      expect(blank.json().error.fields).toEqual(
        expect.arrayContaining([
          { path: 'templates.0.title', code: 'templates.validation.titleRequired' },
          { path: 'templates.0.body', code: 'templates.validation.bodyRequired' },
        ]),
      );
      const twice = await put([ours, ours]);
      expect(twice.statusCode).toBe(400);
      expect(twice.json().error.fields).toEqual([{ path: 'templates', code: 'templates.validation.duplicateId' }]);
      expect((await put([{ ...ours, language: 'fr' }])).statusCode).toBe(400);
      expect((await put([{ ...ours, extra: 1 }])).statusCode).toBe(400);
      expect((await put('none')).statusCode).toBe(400);
      expect((await as(agentToken).put('/org-settings', { ...DEFAULT_ORG_SETTINGS_INPUT, templates: [] })).statusCode).toBe(403);
      expect((await as(agentToken).get('/org-settings')).json()).toMatchObject({ version: 4, templates: [ours] });
    });
  });
});
