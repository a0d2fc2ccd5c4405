import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reminder } from '../../../shared/domain/reminders/due-reminders';
import { makeTestDesk } from '../../support/desk';
import { complaintAtStage, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';
import { LEAD } from '../../support/workflow';

describe('a complaint confirmed as threatening to escalate', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeTestDesk({ now: new Date('2026-11-26T02:00:00.000Z') });
  });
  afterEach(() => desk.close());

  const escalations = async () =>
    valueOf<Reminder[]>(await desk.dispatch('reminders.pending', {})).filter((r) => r.state === 'escalation');

  it('notifies the lead once, and the agent who took it not at all', async () => {
    const tagged = await complaintAtStage(desk, 'intake', { emotionTags: ['angry', 'threatening_escalation'] });
    await complaintAtStage(desk, 'intake', { emotionTags: ['angry'] });
    expect(await escalations()).toEqual([]);
    signInAs(desk, LEAD);
    const [reminder, ...rest] = await escalations();
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({ complaintId: tagged.id, number: tagged.number, state: 'escalation', audience: 'team' });
    expect(valueOf(await desk.dispatch('reminders.markShown', { shown: [{ complaintId: tagged.id, state: 'escalation' }] }))).toEqual({ marked: 1 });
    expect(await escalations()).toEqual([]);
    expect(valueOf(await desk.dispatch('reminders.markShown', { shown: [{ complaintId: tagged.id, state: 'escalation' }] }))).toEqual({ marked: 0 });
  });
});
