import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MyQueue, WorkflowResult } from '../../../shared/api/workflow';
import type { Complaint } from '../../../shared/domain/complaint';
import { STAGES } from '../../../shared/domain/stages';
import type { DeadlineInfo } from '../../../shared/domain/workflow/deadlines';
import { DEFAULT_PHRASE_BOOK } from '../../../shared/domain/suggested-phrases';
import { AGENT, makeTestDesk } from '../../support/desk';
import { ADMIN, LEAD, OTHER_AGENT, validStageData } from '../../support/workflow';
import { complaintAtStage, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

// The test clock starts at 2026-11-25T02:00Z (10:00 Beijing time).
const callOn = (day: string) => ({ callTime: `${day}T10:00:00+08:00` });

describe('queue.mine and the deadline settings, on real SQLite', () => {
  let desk: TestDesk;
  let dueNow: Complaint;
  let overdue: Complaint;
  let fresh: Complaint;

  beforeEach(async () => {
    desk = makeTestDesk();
    dueNow = await complaintAtStage(desk, 'intake', callOn('2026-11-10'));
    overdue = await complaintAtStage(desk, 'analysis', callOn('2026-11-01'));
    fresh = await complaintAtStage(desk, 'analysis', callOn('2026-11-24'));
    const closed = await complaintAtStage(desk, 'closure', callOn('2026-11-20'));
    valueOf(
      await desk.dispatch('complaints.advance', {
        id: closed.id,
        baseVersion: closed.version,
        stage: 'closure',
        data: validStageData().closure,
      }),
    );
    signInAs(desk, OTHER_AGENT);
    await complaintAtStage(desk, 'analysis', callOn('2026-11-02'));
    signInAs(desk, AGENT);
  });
  afterEach(() => desk.close());

  const queue = async (input: object = {}) => valueOf<MyQueue>(await desk.dispatch('queue.mine', input));
  const ids = (q: MyQueue, stage: string) => q.groups.find((g) => g.stage === stage)?.items.map((i) => i.id);

  it('groups my open complaints by stage, in process order, earliest deadline first, with counts', async () => {
    const q = await queue();
    expect(q.groups.map((g) => g.stage)).toEqual([...STAGES]);
    expect(q.groups.map((g) => g.count)).toEqual([1, 0, 2, 0, 0, 0, 0]);
    expect(ids(q, 'intake')).toEqual([dueNow.id]);
    expect(ids(q, 'analysis')).toEqual([overdue.id, fresh.id]);
    expect(q.total).toBe(3);
    expect(q.byDeadline).toEqual({ onTrack: 1, dueSoon: 1, overdue: 1, suspended: 0, done: 0 });
    expect(q.groups[2]?.byDeadline).toEqual({ onTrack: 1, dueSoon: 0, overdue: 1, suspended: 0, done: 0 });
    const item = q.groups[0]?.items[0];
    expect(item).toMatchObject({
      number: dueNow.number,
      customerName: '张伟',
      complexity: 'standard',
      deadline: { state: 'dueSoon', dueAt: '2026-11-25T02:00:00.000Z', allowedDays: 15 },
    });
    expect(q.asOf).toBe('2026-11-25T02:00:00.000Z');
  });

  it('sorts by time received, newest first, when asked', async () => {
    expect(ids(await queue({ sortBy: 'receivedAt', direction: 'desc' }), 'analysis')).toEqual([fresh.id, overdue.id]);
    expect(ids(await queue({ sortBy: 'dueAt', direction: 'desc' }), 'analysis')).toEqual([fresh.id, overdue.id]);
  });

  it('moves badges as the clock travels', async () => {
    // fresh was received 2026-11-24T02:00Z: due 2026-12-09T02:00Z.
    const stateOfFresh = async () => (await queue()).groups[2]?.items.find((i) => i.id === fresh.id)?.deadline.state;
    desk.setNow(new Date('2026-12-06T01:59:59.999Z'));
    expect(await stateOfFresh()).toBe('onTrack');
    desk.setNow(new Date('2026-12-06T02:00:00.000Z'));
    expect(await stateOfFresh()).toBe('dueSoon');
    desk.setNow(new Date('2026-12-09T02:00:00.000Z'));
    expect(await stateOfFresh()).toBe('dueSoon');
    desk.setNow(new Date('2026-12-09T02:00:00.001Z'));
    expect(await stateOfFresh()).toBe('overdue');
  });

  it('a complex complaint gets 30 days', async () => {
    valueOf<WorkflowResult>(
      await desk.dispatch('complaints.setComplexity', { id: overdue.id, baseVersion: overdue.version, complexity: 'complex' }),
    );
    const deadline = valueOf<DeadlineInfo>(await desk.dispatch('complaints.deadline', { id: overdue.id }));
    expect(deadline).toMatchObject({ state: 'onTrack', dueAt: '2026-12-01T02:00:00.000Z', allowedDays: 30 });
  });

  it('deadline settings default to the regulation, and only an admin changes them', async () => {
    expect(valueOf(await desk.dispatch('settings.deadlines.get', {}))).toEqual({ standardDays: 15, complexDays: 30, extensionDays: 30, offlineWindowDays: 14, suspensionApprovalDays: 30 });
    const shorter = { standardDays: 10, complexDays: 20, extensionDays: 20 };
    for (const role of [AGENT, LEAD]) {
      signInAs(desk, role);
      expect(await desk.dispatch('settings.deadlines.set', shorter)).toEqual({
        ok: false,
        error: { code: 'forbidden', messageKey: 'errors.forbidden' },
      });
    }
    signInAs(desk, ADMIN);
    const invalid = await desk.dispatch('settings.deadlines.set', { standardDays: 20, complexDays: 10, extensionDays: 0 });
    expect(invalid.ok ? null : invalid.error.issues?.map((i) => i.messageKey)).toEqual(
      expect.arrayContaining(['validation.deadlines.extensionDays.range']),
    );
    // The save itself goes to the company server (tests/integration/accounts); here its result is put in the cache.
    expect(await desk.dispatch('settings.deadlines.set', shorter)).toMatchObject({ ok: false, error: { messageKey: 'accounts.errors.noServer' } });
    desk.ctx.settings.set('organisationSettings', {
      version: 1,
      updatedAt: '2026-11-30T00:00:00.000Z',
      deadlines: shorter,
      phrases: DEFAULT_PHRASE_BOOK,
      taxonomy: { extraSubtypes: {} },
    });
    signInAs(desk, AGENT);
    expect(valueOf(await desk.dispatch('settings.deadlines.get', {}))).toEqual({ ...shorter, offlineWindowDays: 14, suspensionApprovalDays: 30 });
    // fresh (received 2026-11-24) is now due 2026-12-04 instead of 2026-12-09.
    desk.setNow(new Date('2026-12-06T00:00:00.000Z'));
    const q = await queue();
    expect(q.groups[2]?.items.find((i) => i.id === fresh.id)?.deadline).toMatchObject({
      state: 'overdue',
      dueAt: '2026-12-04T02:00:00.000Z',
      allowedDays: 10,
    });
  });

  it('a corrupt stored setting reads as the defaults', async () => {
    desk.ctx.settings.set('workflow.deadlines', { standardDays: 'fifteen' });
    expect(valueOf(await desk.dispatch('settings.deadlines.get', {}))).toEqual({ standardDays: 15, complexDays: 30, extensionDays: 30, offlineWindowDays: 14, suspensionApprovalDays: 30 });
  });

  it('the queue needs a signed-in agent', async () => {
    desk.ctx.settings.set('signedInAgent', undefined);
    expect(await desk.dispatch('queue.mine', {})).toEqual({
      ok: false,
      error: { code: 'unauthenticated', messageKey: 'errors.signInFirst' },
    });
  });
});
