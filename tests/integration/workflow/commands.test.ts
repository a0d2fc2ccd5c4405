import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import type { WorkflowResult } from '../../../shared/api/workflow';
import { listEvents } from '../../../db/repositories/complaint-events';
import { findComplaint } from '../../../db/repositories/complaints';
import { pendingMutations } from '../../../db/repositories/outbox';
import { makeTestDesk } from '../../support/desk';
import { ADMIN, LEAD, OTHER_AGENT } from '../../support/workflow';
import { complaintAtStage, rowCounts, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

const NOTICE = { toldAt: '2026-11-25T11:00:00+08:00', method: 'phone', reason: '需调取第三方定损报告' };

describe('workflow commands through the dispatcher, on real SQLite', () => {
  let desk: TestDesk;
  beforeEach(() => {
    // A day after the call the test intakes record (2026-11-25 10:00 +08:00).
    desk = makeTestDesk({ now: new Date('2026-11-26T02:00:00.000Z') });
  });
  afterEach(() => desk.close());

  /** Runs a call that must succeed and checks it appended exactly one event and one mutation of that name. */
  async function changes(call: string, input: object, mutationName: string): Promise<WorkflowResult> {
    const before = rowCounts(desk);
    const result = valueOf<WorkflowResult>(await desk.dispatch(call, input));
    expect(rowCounts(desk)).toEqual({ events: before.events + 1, outbox: before.outbox + 1 });
    const mutation = pendingMutations(desk.db).at(-1);
    const event = listEvents(desk.db, result.complaint.id).at(-1);
    expect(mutation?.name).toBe(mutationName);
    expect(mutation?.args).toMatchObject({ complaintId: result.complaint.id, eventId: event?.id });
    return result;
  }

  async function refusedWithoutWrites(call: string, input: object, messageKey: string, code = 'refused') {
    const before = rowCounts(desk);
    const result = await desk.dispatch(call, input);
    expect(result.ok ? null : result.error).toMatchObject({ code, messageKey });
    expect(rowCounts(desk)).toEqual(before);
  }

  it('a refused solution goes back to solution with the reason, and the next solution is recorded afresh', async () => {
    const c = await complaintAtStage(desk, 'feedback');
    const { complaint } = await changes(
      'complaints.refuseSolution',
      { id: c.id, baseVersion: c.version, reason: '补偿太少' },
      'complaint.refuseSolution',
    );
    expect(complaint.stage).toBe('solution');
    expect(findComplaint(desk.db, c.id)?.solutionRefusals.map((r) => r.reason)).toEqual(['补偿太少']);
    expect(listEvents(desk.db, c.id).at(-1)).toMatchObject({ kind: 'solution.refused', data: { reason: '补偿太少', round: 1 } });
    await refusedWithoutWrites(
      'complaints.refuseSolution',
      { id: c.id, baseVersion: complaint.version, reason: '再次不满' },
      'refusal.solutionRefusal.notAtFeedback',
    );
  });

  it('a withdrawal ends the procedure on the day it was received; nothing more can change', async () => {
    const c = await complaintAtStage(desk, 'analysis');
    const { complaint, deadline } = await changes(
      'complaints.withdraw',
      { id: c.id, baseVersion: c.version, receivedAt: '2026-11-25T09:30:00.000Z', reason: '已私下协商' },
      'complaint.withdraw',
    );
    expect(complaint).toMatchObject({ status: 'withdrawn', endedAt: '2026-11-25T09:30:00.000Z' });
    expect(deadline).toMatchObject({ state: 'done', endedLate: false });
    expect(desk.db.prepare('SELECT status FROM complaints WHERE id = ?').get(c.id)).toEqual({ status: 'withdrawn' });
    await refusedWithoutWrites(
      'complaints.advance',
      { id: c.id, baseVersion: complaint.version, stage: 'analysis', data: {} },
      'errors.validation',
      'validation',
    );
    await refusedWithoutWrites(
      'complaints.setComplexity',
      { id: c.id, baseVersion: complaint.version, complexity: 'complex' },
      'refusal.complaint.withdrawn',
    );
  });

  it('notes append to the timeline without changing the record, even on a withdrawn complaint', async () => {
    const c = await complaintAtStage(desk, 'intake');
    const { complaint } = await changes('complaints.addNote', { id: c.id, text: '客户要求下午回电' }, 'complaint.addNote');
    expect(complaint.version).toBe(c.version);
    signInAs(desk, LEAD);
    await changes('complaints.addNote', { id: c.id, text: '已代为回电' }, 'complaint.addNote');
    const detail = valueOf<ComplaintDetail>(await desk.dispatch('complaints.get', { id: c.id }));
    expect(detail.timeline.filter((e) => e.kind === 'note.added').map((e) => [e.actor.name, e.data.text])).toEqual([
      ['王芳', '客户要求下午回电'],
      ['赵强', '已代为回电'],
    ]);
    await refusedWithoutWrites('complaints.addNote', { id: c.id, text: ' ' }, 'errors.validation', 'validation');
    expect(() => desk.db.prepare("DELETE FROM complaint_events WHERE kind = 'note.added'").run()).toThrow(/append-only/);
  });

  it('assigning hands the complaint on; the old handler can no longer act, the lead still can', async () => {
    const c = await complaintAtStage(desk, 'registration');
    const { complaint } = await changes(
      'complaints.assign',
      { id: c.id, baseVersion: c.version, assignee: { id: OTHER_AGENT.id, name: OTHER_AGENT.name } },
      'complaint.assign',
    );
    expect(desk.db.prepare('SELECT assignee_id FROM complaints WHERE id = ?').get(c.id)).toEqual({ assignee_id: 'A2002' });
    expect(listEvents(desk.db, c.id).at(-1)?.changes).toEqual([
      { field: 'assignee', from: { id: 'A1001', name: '王芳' }, to: { id: 'A2002', name: '李娜' } },
    ]);
    await refusedWithoutWrites(
      'complaints.assign',
      { id: c.id, baseVersion: complaint.version, assignee: { id: 'A1001', name: '王芳' } },
      'refusal.complaint.notAssignee',
    );
    signInAs(desk, LEAD);
    await changes(
      'complaints.assign',
      { id: c.id, baseVersion: complaint.version, assignee: { id: 'A1001', name: '王芳' } },
      'complaint.assign',
    );
  });

  it('an extension needs a lead or admin: the contract forbids agents, the domain records the notice', async () => {
    const c = await complaintAtStage(desk, 'analysis');
    const { complaint } = await changes(
      'complaints.setComplexity',
      { id: c.id, baseVersion: c.version, complexity: 'complex' },
      'complaint.setComplexity',
    );
    const extend = { id: c.id, baseVersion: complaint.version, notice: NOTICE };
    await refusedWithoutWrites('complaints.extendDeadline', extend, 'errors.forbidden', 'forbidden');
    signInAs(desk, ADMIN);
    const extended = await changes('complaints.extendDeadline', extend, 'complaint.extendDeadline');
    expect(extended.complaint.extension).toMatchObject({ approvedBy: { id: ADMIN.id }, notice: NOTICE });
    expect(extended.deadline).toMatchObject({ allowedDays: 60, dueAt: '2027-01-24T02:00:00.000Z' });
    signInAs(desk, LEAD);
    await refusedWithoutWrites(
      'complaints.extendDeadline',
      { ...extend, baseVersion: extended.complaint.version },
      'refusal.extension.alreadyExtended',
    );
  });

  it('an extension without the notice is a validation error', async () => {
    const c = await complaintAtStage(desk, 'intake');
    signInAs(desk, LEAD);
    await refusedWithoutWrites(
      'complaints.extendDeadline',
      { id: c.id, baseVersion: c.version, notice: { method: 'phone', reason: '' } },
      'errors.validation',
      'validation',
    );
    await refusedWithoutWrites(
      'complaints.extendDeadline',
      { id: c.id, baseVersion: c.version, notice: NOTICE },
      'refusal.extension.notComplex',
    );
  });
});
