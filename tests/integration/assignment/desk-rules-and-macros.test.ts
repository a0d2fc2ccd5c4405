import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import type { TeamList } from '../../../shared/org/organisation';
import { makeServerDesk, startCompanyServer, DEMO_PASSWORD, type ServerDesk } from '../../support/company-server';
import { validIntake } from '../../support/desk';
import { valueOf } from '../../support/workflow-desk';
import { httpTransport } from '../../../core/sync/transport';
import { syncOnce } from '../../../core/sync/sync-once';
import { currentAgent } from '../../../core/services/current-agent';

let company: Awaited<ReturnType<typeof startCompanyServer>>;
const desks: ServerDesk[] = [];
beforeAll(async () => {
  company = await startCompanyServer();
}, 120_000);
afterAll(async () => {
  for (const desk of desks) desk.close();
  await company?.close();
});

const deskOf = async (employeeNo: string) => {
  const desk = makeServerDesk(company.server.url);
  desks.push(desk);
  valueOf(await desk.dispatch('session.signIn', { employeeNo, password: DEMO_PASSWORD }));
  return desk;
};
/** One sync round of the desk as its signed-in person, as its runner would make it. */
const sync = async (desk: ServerDesk, employeeNo: string) => {
  const agent = currentAgent(desk.ctx);
  if (agent?.id !== employeeNo) throw new Error(`${employeeNo} is not signed in here`);
  await syncOnce(desk.ctx, agent, httpTransport(desk.ctx));
};
const outboxCount = (desk: ServerDesk) => (desk.ctx.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
const detail = async (desk: ServerDesk, id: string) => valueOf<{ complaint: Complaint; timeline: TimelineEvent[] }>(await desk.dispatch('complaints.get', { id }));

describe('assignment rules and macros through the desk', () => {
  it('an admin saves rules and a macro on the server; a taken complaint shows 将按规则分派 until the server assigns it; a lead runs the macro on three complaints; a step refused stops it with nothing written', async () => {
    const admin = await deskOf('M3001');
    const teams = valueOf<TeamList>(await admin.dispatch('admin.teams.list', {})).teams;
    const claims = teams.find((t) => t.name === '理赔投诉一组')!;
    valueOf(
      await admin.dispatch('assignment.rules.save', {
        rules: [{ id: 'claims', name: { zh: '理赔轮流', en: 'Claims in turn' }, match: { complaintTypes: ['claims_dispute'] }, target: { kind: 'team', teamId: claims.id, strategy: 'roundRobin' } }],
        fallbacks: [],
      }),
    );
    valueOf(
      await admin.dispatch('assignment.macros.save', {
        macros: [{ id: 'complex-note', name: { zh: '转复杂并备注', en: 'Complex with a note' }, steps: [{ kind: 'setComplexity', complexity: 'complex' }, { kind: 'addNote', text: '已核实{{customerName}}的来电，转为复杂件' }] }],
      }),
    );
    // A bad rule set is refused by the desk's own contract before it leaves.
    const refused = await admin.dispatch('assignment.rules.save', { rules: [{ id: 'x', name: { zh: '', en: '' }, match: {}, target: { kind: 'keep' } }], fallbacks: [] });
    expect(refused.ok).toBe(false);

    const taker = await deskOf('A2001');
    expect(valueOf<{ rules: { rules: unknown[] } }>(await taker.dispatch('assignment.settings', {})).rules.rules).toHaveLength(1);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(valueOf<Complaint>(await taker.dispatch('complaints.create', validIntake({ complaintType: 'claims_dispute', complaintSubtype: 'claim_amount' }))).id);
    expect(valueOf(await taker.dispatch('assignment.pending', { id: ids[0]! }))).toEqual({ rule: { id: 'claims', name: { zh: '理赔轮流', en: 'Claims in turn' } } });
    await sync(taker, 'A2001');
    expect(valueOf(await taker.dispatch('assignment.pending', { id: ids[0]! }))).toEqual({ rule: null });
    const assignees = await Promise.all(ids.map(async (id) => (await detail(taker, id)).complaint.assignee?.id));
    expect(assignees).toEqual(['A1001', 'A1003', 'B2002']);
    const byRule = (await detail(taker, ids[0]!)).timeline.find((e) => e.kind === 'complaint.assigned');
    expect(byRule).toMatchObject({ actor: { id: '@system' }, data: { rule: { id: 'claims' } } });

    const lead = await deskOf('L2001');
    await sync(lead, 'L2001');
    const versions = await Promise.all(ids.map(async (id) => ({ id, baseVersion: (await detail(lead, id)).complaint.version })));
    const before = outboxCount(lead);
    const run = valueOf<{ outcomes: Array<{ ok: boolean }> }>(await lead.dispatch('macros.run', { macroId: 'complex-note', language: 'zh-CN', complaints: versions }));
    expect(run.outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(outboxCount(lead) - before).toBe(6);
    const after = await detail(lead, ids[1]!);
    expect(after.complaint.complexity).toBe('complex');
    expect(after.timeline.find((e) => e.kind === 'note.added')?.data.text).toBe(`已核实${after.complaint.intake.customerName}的来电，转为复杂件`);
    await sync(lead, 'L2001');
    expect(valueOf<unknown[]>(await lead.dispatch('sync.rejections', {}))).toEqual([]);

    // The taker no longer handles them: the macro's first step is refused and nothing of it is written.
    await sync(taker, 'A2001');
    const mine = await detail(taker, ids[0]!);
    const takerBefore = outboxCount(taker);
    const denied = valueOf<{ outcomes: Array<{ ok: boolean; step?: number | null; messageKey?: string }> }>(
      await taker.dispatch('macros.run', { macroId: 'complex-note', language: 'zh-CN', complaints: [{ id: mine.complaint.id, baseVersion: mine.complaint.version }] }),
    );
    expect(denied.outcomes[0]).toMatchObject({ ok: false, step: 0, messageKey: 'refusal.complaint.notAssignee' });
    expect(outboxCount(taker)).toBe(takerBefore);
    const unknown = await taker.dispatch('macros.run', { macroId: 'nope', language: 'en', complaints: [{ id: mine.complaint.id, baseVersion: mine.complaint.version }] });
    expect(unknown.ok).toBe(false);
  });
});
