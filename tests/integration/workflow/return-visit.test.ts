import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TeamQueuePage } from '../../../shared/api/team';
import type { MyQueue, WorkflowResult } from '../../../shared/api/workflow';
import type { Complaint } from '../../../shared/domain/complaint';
import type { ReturnVisitInfo } from '../../../shared/domain/workflow/return-visit';
import { AGENT, makeTestDesk } from '../../support/desk';
import { LEAD, OTHER_AGENT, validStageData } from '../../support/workflow';
import { complaintAtStage, rowCounts, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

// The test clock starts on Wednesday 2026-11-25 at 02:00Z (10:00 Beijing): closed then, the 回访 is due within
// 5 working days — 11-26, 11-27, 11-30, 12-01, 12-02 — by the end of 12-02 Beijing time.
const DUE = '2026-12-02T16:00:00.000Z';

describe('回访 on the desk (real SQLite): my queue, the lead\'s missing ones, the outbox', () => {
  let desk: TestDesk;
  let closed: Complaint;
  beforeEach(async () => {
    desk = makeTestDesk();
    const c = await complaintAtStage(desk, 'closure');
    closed = valueOf<WorkflowResult>(await desk.dispatch('complaints.advance', { id: c.id, baseVersion: c.version, stage: 'closure', data: validStageData().closure })).complaint;
  });
  afterEach(() => desk.close());

  const mine = async () => valueOf<MyQueue>(await desk.dispatch('queue.mine', {}));
  const team = async (filter: object = {}) => valueOf<TeamQueuePage>(await desk.dispatch('team.queue', { filter }));
  const record = async (c: Complaint, answers: object) =>
    valueOf<WorkflowResult>(await desk.dispatch('complaints.recordReturnVisit', { id: c.id, baseVersion: c.version, attemptedAt: desk.ctx.clock().toISOString(), ...answers })).complaint;
  const refused = async (input: object, expected: object) => {
    const before = rowCounts(desk);
    const result = await desk.dispatch('complaints.recordReturnVisit', input);
    expect(result.ok ? null : result.error).toMatchObject(expected);
    expect(rowCounts(desk)).toEqual(before);
  };

  it('closing puts the 回访 in my queue with its due date; an unreached call is counted; reached, it leaves the queue', async () => {
    const q = await mine();
    expect(q.total).toBe(0);
    expect(q.returnVisits.map((v) => [v.id, v.returnVisit.dueAt, v.returnVisit.state])).toEqual([[closed.id, DUE, 'onTrack']]);

    desk.setNow(new Date('2026-11-26T03:00:00.000Z'));
    const once = await record(closed, { reached: false });
    expect((await mine()).returnVisits[0]?.returnVisit).toMatchObject({ attempts: 1, lastAttemptAt: '2026-11-26T03:00:00.000Z', state: 'onTrack' });
    const outbox = desk.db.prepare("SELECT name, args FROM outbox WHERE name = 'complaint.recordReturnVisit'").all() as { name: string; args: string }[];
    expect(outbox.map((o) => JSON.parse(o.args) as Record<string, unknown>)).toEqual([expect.objectContaining({ complaintId: closed.id, attemptedAt: '2026-11-26T03:00:00.000Z', reached: false })]);

    const done = await record(once, { reached: true, satisfaction: 'not', acceptsResult: false, stillWants: '希望全额赔付' });
    expect(done.returnVisit).toMatchObject({ attempts: [{ reached: false }, { reached: true }], result: { satisfaction: 'not', acceptsResult: false, stillWants: '希望全额赔付' } });
    expect((await mine()).returnVisits).toEqual([]);
    expect(valueOf<ReturnVisitInfo>(await desk.dispatch('complaints.returnVisit', { id: closed.id }))).toMatchObject({ state: 'done', attempts: 2 });
    await refused({ id: closed.id, baseVersion: done.version, attemptedAt: desk.ctx.clock().toISOString(), reached: false }, { code: 'refused', messageKey: 'refusal.returnVisit.done' });
  });

  it('past due and not done, the lead sees it missing: a count, a filter and the row\'s state', async () => {
    const other = await complaintAtStage(desk, 'analysis');
    desk.setNow(new Date('2026-12-03T01:00:00.000Z'));
    expect((await mine()).returnVisits[0]?.returnVisit.state).toBe('missing');
    signInAs(desk, LEAD);
    const all = await team();
    expect(all.returnVisitsMissing).toBe(1);
    expect(all.items.find((i) => i.id === closed.id)?.returnVisit?.state).toBe('missing');
    expect(all.items.find((i) => i.id === other.id)?.returnVisit).toBeNull();
    expect((await team({ returnVisitMissing: true })).items.map((i) => i.id)).toEqual([closed.id]);
    // The day before it was due, nothing was missing.
    desk.setNow(new Date('2026-12-02T15:59:00.000Z'));
    expect((await team({ returnVisitMissing: true })).items).toEqual([]);
    expect((await team()).returnVisitsMissing).toBe(0);
    // The lead records it: done, no longer missing.
    desk.setNow(new Date('2026-12-03T01:00:00.000Z'));
    await record(closed, { reached: true, satisfaction: 'basically', acceptsResult: true });
    expect((await team()).returnVisitsMissing).toBe(0);
  });

  it('refuses with reasons and writes nothing: an open complaint, bad answers, another agent\'s complaint, a time before the closing', async () => {
    const open = await complaintAtStage(desk, 'analysis');
    const now = desk.ctx.clock().toISOString();
    await refused({ id: open.id, baseVersion: open.version, attemptedAt: now, reached: false }, { messageKey: 'refusal.returnVisit.notClosed' });
    await refused({ id: closed.id, baseVersion: closed.version, attemptedAt: now, reached: true, acceptsResult: true }, { code: 'validation' });
    await refused({ id: closed.id, baseVersion: closed.version, attemptedAt: '2026-11-24T10:00:00+08:00', reached: false }, { messageKey: 'refusal.returnVisit.beforeClosing' });
    signInAs(desk, OTHER_AGENT);
    await refused({ id: closed.id, baseVersion: closed.version, attemptedAt: now, reached: false }, { messageKey: 'errors.complaintNotFound' });
    signInAs(desk, AGENT);
  });
});
