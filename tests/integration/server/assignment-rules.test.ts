import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { AssignmentRules } from '../../../shared/domain/assignment/assignment-rules';
import type { AvailabilityEntry } from '../../../shared/org/assignment';
import type { Team } from '../../../shared/org/organisation';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import type { PullResponse } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { validIntake } from '../../support/valid-intake';
import { complaintNumber } from '../../../shared/domain/commands/create-complaint';
import { BACKENDS } from './support/backends';
import { startTestServer, TEST_SERVER_EPOCH, type TestServer } from './support/test-server';

const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };
const LIMITS = { loginPerAccount: { max: 10_000, windowSeconds: 60 }, loginPerClient: { max: 10_000, windowSeconds: 60 }, callsPerUser: { max: 100_000, windowSeconds: 60 } };

describe.each(BACKENDS)('assignment by rules on %s', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  let claimsTeam: Team;
  let otherTeam: Team;

  beforeAll(async () => {
    server = await startTestServer(backend, { limits: LIMITS });
    for (const no of ['A1001', 'B2002', 'A1003', 'L2001', 'A2001', 'M3001']) {
      const session = await server.signIn(no);
      tokens[no] = session.accessToken;
      userIds[no] = session.profile.userId;
    }
    const teams = (await server.call('GET', '/teams', { token: tokens.M3001! })).json() as { teams: Team[] };
    claimsTeam = teams.teams.find((t) => t.name === '理赔投诉一组')!;
    otherTeam = teams.teams.find((t) => t.name === '保全投诉二组')!;
  });
  afterAll(() => server?.close());

  const as = (no: string) => ({ token: tokens[no]! });
  const push = async (no: string, clientId: string, mutations: unknown[]) => {
    await server.signedInWith(no, clientId);
    const response = await server.call('POST', '/sync/push', { ...as(no), body: { clientId, mutations } });
    expect(response.statusCode).toBe(200);
    return response;
  };
  const pull = async (no: string): Promise<PullResponse> => {
    const clientId = randomUUID();
    await server.signedInWith(no, clientId);
    return (await server.call('POST', '/sync/pull', { ...as(no), body: { clientId, cursor: 0 } })).json() as PullResponse;
  };
  const stored = async (id: string) =>
    (await server.ctx.pool.query<{ assignee_no: string; team_id: string }>('SELECT assignee_no, team_id FROM sync_complaints WHERE id = $1', [id])).rows[0]!;
  const claimsCreate = (log: ReturnType<typeof mutationLog>) => {
    const id = randomUUID();
    const intake = validIntake({ complaintType: 'claims_dispute', complaintSubtype: 'claim_amount' });
    return { id, mutation: log.make('complaint.create', { id, number: complaintNumber(id, intake.callTime), eventId: randomUUID(), intake }) };
  };
  const rules = (): AssignmentRules => ({
    rules: [
      { id: 'keep-letters', name: { zh: '信函留受理人', en: 'Letters stay' }, match: { channels: ['letter'] }, target: { kind: 'keep' } },
      { id: 'claims', name: { zh: '理赔争议轮流', en: 'Claims in turn' }, match: { complaintTypes: ['claims_dispute'] }, target: { kind: 'team', teamId: claimsTeam.id, strategy: 'roundRobin' } },
    ],
    fallbacks: [{ branchId: claimsTeam.branchId, target: { kind: 'team', teamId: otherTeam.id, strategy: 'leastLoad' } }],
  });

  it('refuses rules from anyone but an admin, naming an unknown team, or with unknown fields; changes nothing', async () => {
    const before = ((await server.call('GET', '/org-settings', as('M3001'))).json() as OrgSettings).version;
    expect((await server.call('PUT', '/assignment-rules', { ...as('L2001'), body: rules() })).statusCode).toBe(403);
    const unknownTeam = { rules: [{ ...rules().rules[1]!, target: { kind: 'team', teamId: randomUUID(), strategy: 'roundRobin' } }], fallbacks: [] };
    const refused = await server.call('PUT', '/assignment-rules', { ...as('M3001'), body: unknownTeam });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { fields: [{ code: 'assignment.validation.unknownTeam' }] } });
    expect((await server.call('PUT', '/assignment-rules', { ...as('M3001'), body: { ...rules(), colour: 'red' } })).statusCode).toBe(400);
    expect((await server.call('PUT', '/macros', { ...as('A1001'), body: [] })).statusCode).toBe(403);
    expect(((await server.call('GET', '/org-settings', as('M3001'))).json() as OrgSettings).version).toBe(before);
  });

  it('lets each person set their own state, their lead also cap and skills, and nobody else', async () => {
    expect((await server.call('PUT', `/availability/${userIds.B2002}`, { ...as('A1001'), body: { state: 'off' } })).statusCode).toBe(403);
    expect((await server.call('PUT', `/availability/${userIds.A1001}`, { ...as('A1001'), body: { cap: 9 } })).statusCode).toBe(403);
    expect((await server.call('PUT', `/availability/${userIds.A2001}`, { ...as('L2001'), body: { state: 'onLeave' } })).statusCode).toBe(403);
    expect((await server.call('PUT', `/availability/${userIds.A1001}`, { ...as('A1001'), body: { state: 'busy' } })).statusCode).toBe(400);
    expect((await server.call('PUT', `/availability/${userIds.A1001}`, { ...as('A1001'), body: {} })).statusCode).toBe(400);
    expect((await server.call('PUT', `/availability/${randomUUID()}`, { ...as('M3001'), body: { state: 'off' } })).statusCode).toBe(404);
    const own = await server.call('PUT', `/availability/${userIds.A1001}`, { ...as('A1001'), body: { state: 'onShift' } });
    expect(own.json()).toMatchObject({ employeeNo: 'A1001', state: 'onShift', cap: null });
    expect((await server.call('PUT', `/availability/${userIds.B2002}`, { ...as('L2001'), body: { state: 'onLeave' } })).statusCode).toBe(200);
    expect((await server.call('PUT', `/availability/${userIds.A1003}`, { ...as('L2001'), body: { cap: 1, skills: ['dialect:cantonese'] } })).statusCode).toBe(200);
    const team = (await server.call('GET', '/availability', as('L2001'))).json() as AvailabilityEntry[];
    expect(team.map((p) => [p.employeeNo, p.state, p.cap])).toEqual([
      ['A1001', 'onShift', null],
      ['A1003', 'onShift', 1],
      ['B2002', 'onLeave', null],
      ['L2001', 'onShift', null],
    ]);
    expect(((await server.call('GET', '/availability', as('A1001'))).json() as AvailabilityEntry[]).map((p) => p.employeeNo)).toEqual(['A1001']);
  });

  it('assigns each new complaint by the first matching rule: never to someone on leave or at their cap; to the lead, saying why, when nobody fits', async () => {
    const settingsBefore = ((await server.call('GET', '/org-settings', as('A2001'))).json() as OrgSettings).version;
    expect((await server.call('PUT', '/assignment-rules', { ...as('M3001'), body: rules() })).statusCode).toBe(200);
    const settings = (await server.call('GET', '/org-settings', as('A2001'))).json() as OrgSettings;
    expect(settings.version).toBe(settingsBefore + 1);
    expect(settings.assignment?.rules.map((r) => r.id)).toEqual(['keep-letters', 'claims']);

    const log = mutationLog(A2001);
    const client = randomUUID();
    const made = [claimsCreate(log), claimsCreate(log), claimsCreate(log)];
    await push('A2001', client, made.map((c) => c.mutation));
    // In turn among those free: A1001, A1003 (B2002 is on leave), then A1001 again (A1003 is at their cap of 1).
    expect(await Promise.all(made.map(async (c) => (await stored(c.id)).assignee_no))).toEqual(['A1001', 'A1003', 'A1001']);
    expect((await stored(made[0]!.id)).team_id).toBe(claimsTeam.id);

    const page = await pull('A1001');
    const put = page.changes.find((c) => c.kind === 'put' && c.complaint.id === made[0]!.id);
    expect(put?.kind === 'put' && put.complaint.assignee).toEqual({ id: 'A1001', name: '王芳' });
    const assigned = put?.kind === 'put' ? put.events.find((e) => e.kind === 'complaint.assigned') : undefined;
    expect(assigned).toMatchObject({ actor: { id: '@system' }, data: { rule: { id: 'claims', name: { zh: '理赔争议轮流' } } } });
    // The taker still sees it (they took it); B2002 on leave never got one.
    expect((await pull('A2001')).changes.some((c) => c.kind === 'put' && c.complaint.id === made[0]!.id)).toBe(true);

    await server.call('PUT', `/availability/${userIds.A1001}`, { ...as('A1001'), body: { state: 'off' } });
    const late = claimsCreate(log);
    await push('A2001', client, [late.mutation]);
    expect((await stored(late.id)).assignee_no).toBe('L2001');
    const leadPage = await pull('L2001');
    const toLead = leadPage.changes.find((c) => c.kind === 'put' && c.complaint.id === late.id);
    expect(toLead?.kind === 'put' && toLead.events.find((e) => e.kind === 'complaint.assigned')?.data).toMatchObject({ rule: { id: 'claims' }, nobodyFits: 'allOverCap' });
  });

  it('leaves a complaint a keep rule matches, and one no rule matches outside a fallback branch, with its taker', async () => {
    const log = mutationLog(A2001);
    const id = randomUUID();
    const intake = validIntake({ complaintType: 'claims_dispute', complaintSubtype: 'claim_amount', channel: 'letter' });
    await push('A2001', randomUUID(), [log.make('complaint.create', { id, number: complaintNumber(id, intake.callTime), eventId: randomUUID(), intake })]);
    expect((await stored(id)).assignee_no).toBe('A2001');
  });

  it('the taker keeps working until the assignment reaches them; a change made after is judged as theirs no more; a lead reassigning wins', async () => {
    await server.call('PUT', `/availability/${userIds.A1001}`, { ...as('A1001'), body: { state: 'onShift' } });
    const client = randomUUID();
    const offline = mutationLog(A2001);
    const c = claimsCreate(offline);
    await push('A2001', client, [c.mutation]);
    expect((await stored(c.id)).assignee_no).not.toBe('A2001');
    // Made offline before the create reached the server, pushed in the next batch: still the taker's to make.
    const before = offline.make('complaint.setComplexity', { complaintId: c.id, eventId: randomUUID(), complexity: 'complex' });
    await push('A2001', client, [before]);
    const audit = await server.ctx.pool.query<{ outcome: string }>('SELECT outcome FROM sync_audit WHERE op_id = $1', [before.opId]);
    expect(audit.rows[0]!.outcome).toBe('applied');
    const assignee = (await stored(c.id)).assignee_no;
    expect(assignee).not.toBe('A2001');

    // Made after the assignment: the taker is no longer its handler.
    const later = mutationLog(A2001, new Date(TEST_SERVER_EPOCH.getTime() + 86_400_000).toISOString());
    later.skip(2);
    const after = later.make('complaint.setComplexity', { complaintId: c.id, eventId: randomUUID(), complexity: 'standard' });
    await push('A2001', client, [after]);
    const refused = await server.ctx.pool.query<{ code: string }>('SELECT code FROM sync_rejections WHERE op_id = $1', [after.opId]);
    expect(refused.rows[0]!.code).toBe('not_assignee');

    const lead = mutationLog(L2001, new Date(TEST_SERVER_EPOCH.getTime() + 86_400_000).toISOString());
    await push('L2001', randomUUID(), [lead.assign(c.id, { id: 'B2002', name: '赵敏' })]);
    expect((await stored(c.id)).assignee_no).toBe('B2002');
  });

  it('a lying desk cannot name a rule or the system actor: the args are checked and the actor is the signed-in person', async () => {
    const log = mutationLog(A2001);
    const c = claimsCreate(log);
    const client = randomUUID();
    const claimedRule = log.make('complaint.assign', { complaintId: c.id, eventId: randomUUID(), assignee: { id: 'A1001', name: '王芳' }, rule: { id: 'claims' } });
    const system = mutationLog({ id: '@system', name: '系统分派', role: 'admin' });
    system.skip(2);
    const asSystem = system.make('complaint.assign', { complaintId: c.id, eventId: randomUUID(), assignee: { id: 'A2001', name: '吴磊' } });
    await push('A2001', client, [c.mutation, claimedRule, asSystem]);
    const codes = await server.ctx.pool.query<{ op_id: string; code: string }>('SELECT op_id, code FROM sync_rejections WHERE op_id = ANY($1)', [[claimedRule.opId, asSystem.opId]]);
    expect(Object.fromEntries(codes.rows.map((r) => [r.op_id, r.code]))).toEqual({ [claimedRule.opId]: 'args_invalid', [asSystem.opId]: 'actor_mismatch' });
  });
});
