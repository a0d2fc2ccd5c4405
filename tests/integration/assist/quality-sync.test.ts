import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { QualityView } from '../../../shared/api/quality';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Scorecard } from '../../../shared/domain/assist/scorecard';
import type { Complaint } from '../../../shared/domain/complaint';
import { OrgSettingsSchema } from '../../../shared/org/org-settings-schema';
import { findComplaint } from '../../../db/repositories/complaints';
import { cacheOrgSettings } from '../../../core/services/org-settings-cache';
import { validStageData } from '../../support/workflow';
import { syncedDesks } from '../../support/synced-desks';
import { complaintAtStage, valueOf, type TestDesk } from '../../support/workflow-desk';

const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };
const L2002 = { id: 'L2002', name: '周杰', role: 'lead' as const };

/** Version 2 of the organisation's checks: one required statement and a forbidden phrase. */
const CARD: Scorecard = {
  checks: [
    { id: 'deadline_told', kind: 'required', zh: '已告知处理时限', en: 'Deadline told', phrases: ['15日'], points: 40 },
    { id: 'no_brush_off', kind: 'forbidden', zh: '无推诿', en: 'No brush-off', phrases: ['不归我们管'], points: 60 },
  ],
};

/** 质检 across desks and the server: the server scores the close with its checks; reviews and appeals follow its rules. */
describe('quality scorecards across desk and server (real server, PostgreSQL)', () => {
  const net = syncedDesks('postgres', ['A2001', 'A2002', 'L2002', 'L2001', 'M3001']);
  const { deskOf, sync } = net;
  const put = (no: string, body: unknown) => net.server.call('PUT', '/assist/scorecard', { token: net.session(no).accessToken, body });
  const serverDocument = async (id: string) =>
    (await net.server.ctx.pool.query<{ document: Complaint }>('SELECT document FROM sync_complaints WHERE id = $1', [id])).rows[0]!.document;

  /** A complaint of A2001's, closed on A2001's desk with a note that tells the deadline and brushes the customer off; synced. */
  async function closedByHandler(desk: TestDesk): Promise<Complaint> {
    const atClosure = await complaintAtStage(desk, 'closure');
    valueOf(await desk.dispatch('complaints.addNote', { id: atClosure.id, text: '已告知15日内答复；客户追问时答：这事不归我们管' }));
    const { complaint } = valueOf<WorkflowResult>(
      await desk.dispatch('complaints.advance', { id: atClosure.id, baseVersion: atClosure.version, stage: 'closure', data: validStageData().closure }),
    );
    expect(complaint.quality?.provisional).toBe(true);
    await sync(desk, A2001);
    await sync(desk, A2001);
    return complaint;
  }

  /** A push of raw mutations as `no` (a lying or mistaken desk), answering the codes of those the server rejected, by mutation id. */
  async function pushAs(no: string, role: string, complaintId: string, mutations: { name: string; args: object }[]): Promise<[number, string][]> {
    const clientId = await net.server.newClient(no);
    const push = await net.server.call('POST', '/sync/push', {
      token: net.session(no).accessToken,
      body: {
        clientId,
        mutations: mutations.map((m, i) => ({
          id: i + 1,
          opId: randomUUID(),
          name: m.name,
          args: { complaintId, eventId: randomUUID(), ...m.args },
          baseVersions: {},
          createdAt: new Date().toISOString(),
          actor: { id: no, name: no, role },
        })),
      },
    });
    expect(push.statusCode).toBe(200);
    const rejected = await net.server.ctx.pool.query<{ mutation_id: string; code: string }>('SELECT mutation_id, code FROM sync_rejections WHERE client_id = $1 ORDER BY mutation_id', [clientId]);
    return rejected.rows.map((r) => [Number(r.mutation_id), r.code]);
  }

  it('an admin saves the checks as a new version (4xx with reasons for bad ones, 403 for others); the server scores the close with it, kept when the checks change', async () => {
    const refused = await put('M3001', { checks: [{ ...CARD.checks[0], phrases: [] }] });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('assist.validation.scorecard.phrases');
    expect((await put('A2001', CARD)).statusCode).toBe(403);
    const saved = await put('M3001', CARD);
    expect(saved.statusCode).toBe(200);
    const version = OrgSettingsSchema.parse(saved.json()).scorecardVersion!;
    expect(version).toBeGreaterThanOrEqual(2);

    const desk = deskOf(A2001);
    const closed = await closedByHandler(desk);
    const onServer = await serverDocument(closed.id);
    expect(onServer.quality).toMatchObject({ scorecardVersion: version, provisional: false, score: 40, max: 100 });
    expect(onServer.quality!.checks.find((c) => c.id === 'no_brush_off')).toMatchObject({ passed: false, found: '不归我们管' });
    expect(findComplaint(desk.db, closed.id)!.quality).toEqual(onServer.quality);

    // The checks change: the complaint closed under `version` keeps its score and its version.
    expect((await put('M3001', { checks: [CARD.checks[0]!] })).statusCode).toBe(200);
    const history = await net.server.ctx.pool.query<{ version: number }>('SELECT version FROM scorecard_versions ORDER BY version');
    expect(history.rows.map((r) => r.version)).toContain(version + 1);
    expect((await serverDocument(closed.id)).quality?.scorecardVersion).toBe(version);
    await put('M3001', CARD);
  });

  it('the handler appeals on the desk, the team’s lead sees it and resolves it; both desks end with the server’s record', async () => {
    const agentDesk = deskOf(A2001);
    const closed = await closedByHandler(agentDesk);
    let view = valueOf<QualityView>(await agentDesk.dispatch('assist.quality.get', { id: closed.id }));
    const failed = view.checks.find((c) => c.id === 'no_brush_off')!;
    expect(failed.actions).toEqual({ appeal: null, review: 'assist.quality.refusal.notTeamLead', resolve: 'assist.quality.refusal.notTeamLead' });
    valueOf(await agentDesk.dispatch('assist.quality.appeal', { id: closed.id, baseVersion: view.version, checkId: 'no_brush_off', reason: '这是客户的原话' }));
    await sync(agentDesk, A2001);

    const leadDesk = deskOf(L2002);
    await sync(leadDesk, L2002);
    view = valueOf<QualityView>(await leadDesk.dispatch('assist.quality.get', { id: closed.id }));
    expect(view.checks.find((c) => c.id === 'no_brush_off')).toMatchObject({ passed: false, appeals: [{ status: 'open' }], actions: { resolve: null, review: null } });
    valueOf(await leadDesk.dispatch('assist.quality.resolveAppeal', { id: closed.id, baseVersion: view.version, checkId: 'no_brush_off', outcome: 'upheld', comment: '复听录音属实' }));
    await sync(leadDesk, L2002);
    await sync(agentDesk, A2001);
    const onServer = await serverDocument(closed.id);
    expect(onServer.quality).toMatchObject({ score: 100 });
    expect(findComplaint(agentDesk.db, closed.id)!.quality).toEqual(onServer.quality);

    // The lead's report counts the handler's kept scores: the first test's complaint (40 %) and this one, upheld (100 %).
    const report = valueOf<{ agents: { id: string; averagePercent: number; complaints: number }[] }>(
      await leadDesk.dispatch('reports.quality', { range: { from: '2026-01-01', to: '2026-12-31' } }),
    );
    expect(report.agents.find((a) => a.id === 'A2001')).toMatchObject({ complaints: 2, averagePercent: 70 });
  });

  it('refuses what a lying desk pushes: a review by the handler claiming a lead’s role, an admin or another team’s lead, an appeal by anyone but the handler, a second open appeal', async () => {
    const desk = deskOf(A2001);
    const closed = await closedByHandler(desk);
    const review = { name: 'complaint.reviewQualityCheck', args: { checkId: 'no_brush_off', verdict: 'overridden', comment: '改判' } };
    const appeal = { name: 'complaint.appealQualityCheck', args: { checkId: 'no_brush_off', reason: '客户原话' } };
    expect(await pushAs('A2001', 'lead', closed.id, [review, appeal, appeal])).toEqual([
      [1, 'quality_not_team_lead'],
      [3, 'quality_appeal_open'],
    ]);
    expect(await pushAs('M3001', 'admin', closed.id, [review])).toEqual([[1, 'quality_not_team_lead']]);
    // L2001 leads another team of the same branch: the complaint is not theirs to see.
    expect(await pushAs('L2001', 'lead', closed.id, [review])).toEqual([[1, 'forbidden']]);
    // A colleague of the handler does not see the complaint; the team's lead sees it but is not its handler.
    expect(await pushAs('A2002', 'agent', closed.id, [appeal])).toEqual([[1, 'forbidden']]);
    expect(await pushAs('L2002', 'lead', closed.id, [appeal])).toEqual([[1, 'quality_not_handler']]);
    // A score is never the desk's word: no mutation carries one, and the arguments are checked.
    expect(await pushAs('L2002', 'lead', closed.id, [{ name: 'complaint.reviewQualityCheck', args: { ...review.args, passed: true } }])).toEqual([[1, 'args_invalid']]);
    expect(await pushAs('L2002', 'lead', closed.id, [review])).toEqual([]);
    expect((await serverDocument(closed.id)).quality).toMatchObject({ score: 100 });
  });

  it('a desk scores a close provisionally with the checks it cached, and a close pushed offline is scored by the server', async () => {
    const desk = deskOf(A2001);
    const settings = OrgSettingsSchema.parse((await net.server.call('GET', '/org-settings', { token: net.session('A2001').accessToken })).json());
    cacheOrgSettings(desk.ctx, { ...settings, scorecard: { checks: [CARD.checks[0]!] }, scorecardVersion: 99 });
    const atClosure = await complaintAtStage(desk, 'closure');
    valueOf(await desk.dispatch('complaints.addNote', { id: atClosure.id, text: '客户问：是不是不归我们管' }));
    const { complaint } = valueOf<WorkflowResult>(await desk.dispatch('complaints.advance', { id: atClosure.id, baseVersion: atClosure.version, stage: 'closure', data: validStageData().closure }));
    expect(complaint.quality).toMatchObject({ provisional: true, scorecardVersion: 99, max: 40 });
    await sync(desk, A2001);
    await sync(desk, A2001);
    const kept = findComplaint(desk.db, complaint.id)!.quality!;
    expect(kept).toMatchObject({ provisional: false, max: 100 });
    expect(kept.scorecardVersion).not.toBe(99);
  });
});
