import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { TeamQueuePage } from '../../../shared/api/team';
import { storedDueAt, DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import { listEvents } from '../../../db/repositories/complaint-events';
import { findComplaint } from '../../../db/repositories/complaints';
import { pendingMutations } from '../../../db/repositories/outbox';
import { applyDeadlineDays } from '../../../db/repositories/deadline-days';
import { readReportRows } from '../../../db/repositories/report-rows-repository';
import { isOverdueNow } from '../../../shared/domain/reports/report-row';
import { makeTestDesk } from '../../support/desk';
import { LEAD } from '../../support/workflow';
import { complaintAtStage, rowCounts, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

const DAY = 86_400_000;
const SUSPEND = { kind: 'appraisal', reason: '车辆损失需司法鉴定', party: '某某司法鉴定所' };

describe('挂起 through the dispatcher, on real SQLite', () => {
  let desk: TestDesk;
  let now: number;
  const at = (ms: number) => desk.setNow(new Date((now = ms)));
  beforeEach(() => {
    desk = makeTestDesk({ now: new Date('2026-11-26T02:00:00.000Z') });
    now = Date.parse('2026-11-26T02:00:00.000Z');
  });
  afterEach(() => desk.close());

  const stored = (id: string) => desk.db.prepare('SELECT due_at, suspended_ms, suspended_since FROM complaints WHERE id = ?').get(id) as { due_at: string; suspended_ms: number; suspended_since: string | null };
  const teamQueue = async (deadlineState: string) =>
    valueOf<TeamQueuePage>(await desk.dispatch('team.queue', { filter: { deadlineState } })).items.map((i) => i.id);

  it('stops and resumes the clock; the stored due date, the queue and the outbox follow the one rule', async () => {
    const c = await complaintAtStage(desk, 'analysis');
    const received = Date.parse(c.receivedAt);
    at(received + 3 * DAY);
    const before = rowCounts(desk);
    const suspended = valueOf<WorkflowResult>(await desk.dispatch('complaints.suspendClock', { id: c.id, baseVersion: c.version, ...SUSPEND }));
    expect(rowCounts(desk)).toEqual({ events: before.events + 1, outbox: before.outbox + 1 });
    expect(suspended.deadline).toMatchObject({ state: 'suspended', suspendedSince: new Date(received + 3 * DAY).toISOString() });
    const mutation = pendingMutations(desk.db).at(-1);
    expect(mutation).toMatchObject({ name: 'complaint.suspendClock', args: { complaintId: c.id, ...SUSPEND, attachmentId: null } });
    expect((mutation?.args as { suspensionId: string }).suspensionId).toBe(suspended.complaint.suspensions[0]?.id);
    expect(listEvents(desk.db, c.id).at(-1)).toMatchObject({ kind: 'clock.suspended', data: { kind: 'appraisal', party: '某某司法鉴定所' } });
    expect(stored(c.id)).toEqual({ due_at: new Date(received + 15 * DAY).toISOString(), suspended_ms: 0, suspended_since: new Date(received + 3 * DAY).toISOString() });

    // Twenty days on it is neither overdue nor due soon: the clock stands with 12 days left.
    at(received + 23 * DAY);
    signInAs(desk, LEAD);
    expect(await teamQueue('suspended')).toEqual([c.id]);
    expect(await teamQueue('overdue')).toEqual([]);
    expect(await teamQueue('onTrack')).toEqual([]);
    const row = readReportRows(desk.db, '2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z').find((r) => r.id === c.id)!;
    expect(isOverdueNow(row, new Date(now))).toBe(false);
    const deadline = valueOf<{ state: string; suspendedMs: number; dueAt: string }>(await desk.dispatch('complaints.deadline', { id: c.id }));
    expect(deadline).toMatchObject({ state: 'suspended', suspendedMs: 20 * DAY, dueAt: new Date(received + 35 * DAY).toISOString() });

    const resumed = valueOf<WorkflowResult>(
      await desk.dispatch('complaints.resumeClock', { id: c.id, baseVersion: suspended.complaint.version, outcome: '鉴定报告已出' }),
    );
    expect(resumed.deadline).toMatchObject({ state: 'onTrack', suspendedMs: 20 * DAY, suspendedSince: null });
    const after = findComplaint(desk.db, c.id)!;
    expect(stored(c.id)).toEqual({ due_at: storedDueAt(after, DEFAULT_DEADLINE_SETTINGS).toISOString(), suspended_ms: 20 * DAY, suspended_since: null });
    expect(stored(c.id).due_at).toBe(new Date(received + 35 * DAY).toISOString());
    expect(await teamQueue('onTrack')).toEqual([c.id]);

    // A settings change recomputes due_at with the suspended time kept.
    applyDeadlineDays(desk.db, { standard: 10, complex: 30, especiallyComplex: 60 });
    expect(stored(c.id).due_at).toBe(new Date(received + 30 * DAY).toISOString());
  });

  it('refuses what the rule forbids with a reason and writes nothing; an agent cannot approve', async () => {
    const c = await complaintAtStage(desk, 'analysis');
    const refused = async (call: string, input: object, messageKey: string, code = 'refused') => {
      const before = rowCounts(desk);
      const result = await desk.dispatch(call, input);
      expect(result.ok ? null : result.error).toMatchObject({ code, messageKey });
      expect(rowCounts(desk)).toEqual(before);
    };
    await refused('complaints.resumeClock', { id: c.id, baseVersion: c.version, outcome: 'x' }, 'refusal.suspension.notSuspended');
    await refused('complaints.suspendClock', { id: c.id, baseVersion: c.version, ...SUSPEND, party: '' }, 'errors.validation', 'validation');
    await refused('complaints.suspendClock', { id: c.id, baseVersion: c.version, ...SUSPEND, days: 3 }, 'errors.validation', 'validation');
    await refused('complaints.suspendClock', { id: c.id, baseVersion: c.version, ...SUSPEND, attachmentId: 'no-such-file' }, 'attachments.refusal.unknown');
    const s = valueOf<WorkflowResult>(await desk.dispatch('complaints.suspendClock', { id: c.id, baseVersion: c.version, ...SUSPEND }));
    await refused('complaints.suspendClock', { id: c.id, baseVersion: s.complaint.version, ...SUSPEND }, 'refusal.suspension.suspended');
    await refused('complaints.approveSuspension', { id: c.id, baseVersion: s.complaint.version }, 'errors.forbidden', 'forbidden');
  });
});
