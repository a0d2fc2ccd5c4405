import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { MIGRATIONS } from '../../../db/migrations/index';
import type { TeamQueuePage } from '../../../shared/api/team';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeTestDesk, validIntake } from '../../support/desk';
import { makeTempDir } from '../../support/temp-dir';
import { ADMIN, LEAD, OTHER_AGENT } from '../../support/workflow';
import { complaintAtStage, rowCounts, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

// The test clock: 2026-11-25T02:00Z (10:00 Beijing time).
const callOn = (day: string, extra: object = {}) => ({ callTime: `${day}T10:00:00+08:00`, ...extra });

describe('team.queue and team.reassign, on real SQLite', () => {
  let desk: TestDesk;
  let overdue: Complaint;
  let dueSoon: Complaint;
  let onTrack: Complaint;
  let byOther: Complaint;

  beforeEach(async () => {
    desk = makeTestDesk();
    overdue = await complaintAtStage(desk, 'analysis', callOn('2026-11-01'));
    dueSoon = await complaintAtStage(desk, 'intake', callOn('2026-11-12', { channel: 'regulator' }));
    onTrack = await complaintAtStage(desk, 'intake', callOn('2026-11-24', { complaintType: 'service_quality', complaintSubtype: 'slow_handling' }));
    signInAs(desk, OTHER_AGENT);
    byOther = await complaintAtStage(desk, 'registration', callOn('2026-11-20'));
    signInAs(desk, LEAD);
  });
  afterEach(() => desk.close());

  const queue = async (input: object = {}) => valueOf<TeamQueuePage>(await desk.dispatch('team.queue', input));
  const numbers = (page: TeamQueuePage) => page.items.map((i) => i.number);

  it('lists every complaint on the desk, earliest due first, with the total', async () => {
    const page = await queue();
    expect(numbers(page)).toEqual([overdue, dueSoon, byOther, onTrack].map((c) => c.number));
    expect(page.total).toBe(4);
    expect(page.items[0]?.deadline.state).toBe('overdue');
  });

  it('filters by deadline state, type, subtype, stage, agent, channel and received days, in SQL', async () => {
    expect(numbers(await queue({ filter: { deadlineState: 'overdue' } }))).toEqual([overdue.number]);
    expect(numbers(await queue({ filter: { deadlineState: 'dueSoon' } }))).toEqual([dueSoon.number]);
    expect(numbers(await queue({ filter: { deadlineState: 'onTrack' } }))).toEqual([byOther.number, onTrack.number]);
    expect(numbers(await queue({ filter: { complaintType: 'service_quality' } }))).toEqual([onTrack.number]);
    expect(numbers(await queue({ filter: { complaintSubtype: 'slow_handling' } }))).toEqual([onTrack.number]);
    expect(numbers(await queue({ filter: { stage: 'registration' } }))).toEqual([byOther.number]);
    expect(numbers(await queue({ filter: { assigneeId: OTHER_AGENT.id } }))).toEqual([byOther.number]);
    expect(numbers(await queue({ filter: { channel: 'regulator' } }))).toEqual([dueSoon.number]);
    expect(numbers(await queue({ filter: { receivedFrom: '2026-11-12', receivedTo: '2026-11-20' } }))).toEqual([dueSoon.number, byOther.number]);
  });

  it('sorts and pages, with the total of the whole filter', async () => {
    const page = await queue({ sortBy: 'receivedAt', direction: 'desc', offset: 1, limit: 2 });
    expect(numbers(page)).toEqual([byOther.number, dueSoon.number]);
    expect(page.total).toBe(4);
  });

  it('refuses agents in core, and unknown filter fields at the door', async () => {
    signInAs(desk, OTHER_AGENT);
    const refused = await desk.dispatch('team.queue', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    signInAs(desk, LEAD);
    expect(await desk.dispatch('team.queue', { filter: { owner: 'x' } })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('reassigns in bulk through complaints.assign: one timeline entry and one outbox mutation each, stale ones refused alone', async () => {
    const before = rowCounts(desk);
    const result = valueOf<{ outcomes: { id: string; ok: boolean }[] }>(
      await desk.dispatch('team.reassign', {
        complaints: [
          { id: overdue.id, baseVersion: overdue.version },
          { id: dueSoon.id, baseVersion: dueSoon.version },
          { id: byOther.id, baseVersion: byOther.version + 1 },
        ],
        assignee: { id: 'A3003', name: '周敏' },
      }),
    );
    expect(result.outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(rowCounts(desk)).toEqual({ events: before.events + 2, outbox: before.outbox + 2 });
    const names = desk.db.prepare("SELECT name FROM outbox ORDER BY rowid DESC LIMIT 2").all();
    expect(names).toEqual([{ name: 'complaint.assign' }, { name: 'complaint.assign' }]);
    expect(numbers(await queue({ filter: { assigneeId: 'A3003' } }))).toEqual([overdue.number, dueSoon.number]);
    signInAs(desk, OTHER_AGENT);
    expect(await desk.dispatch('team.reassign', { complaints: [{ id: byOther.id, baseVersion: byOther.version }], assignee: { id: 'A3003', name: '周敏' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('lists the people complaints are assigned to, with their open counts', async () => {
    expect(valueOf(await desk.dispatch('team.members', {}))).toEqual([
      { id: 'A1001', name: '王芳', open: 3 },
      { id: OTHER_AGENT.id, name: OTHER_AGENT.name, open: 1 },
    ]);
  });
});

describe('migration team-queue', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('backfills channel, receipt in UTC and the due date of complaints stored before it', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    const index = MIGRATIONS.findIndex((m) => m.name === 'team-queue');
    const previous = MIGRATIONS[index - 1]?.version ?? 0;
    const old = openDatabase(path, { migrate: { target: previous } });
    const record = { intake: validIntake({ channel: 'letter' }), complexity: 'complex' };
    old.prepare(
      `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, policy_number, complaint_type, complaint_subtype,
         received_at, created_at, updated_at, assignee_id, version, record)
       VALUES ('c1', 'TS-1', 'intake', 'open', '张伟', '13800138000', '', 'claims_dispute', 'claim_amount',
         '2026-11-25T10:00:00+08:00', '2026-11-25T02:00:00.000Z', '2026-11-25T02:00:00.000Z', 'A1001', 1, ?)`,
    ).run(JSON.stringify(record));
    old.close();
    const db = openDatabase(path, { migrate: { target: MIGRATIONS[index]?.version } });
    expect(db.prepare('SELECT channel, complexity, received_utc, due_at FROM complaints').get()).toEqual({
      channel: 'letter',
      complexity: 'complex',
      received_utc: '2026-11-25T02:00:00.000Z',
      due_at: '2026-12-25T02:00:00.000Z',
    });
    db.close();
  });
});
