import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { CallRecord } from '../../../shared/api/calls';
import type { Complaint } from '../../../shared/domain/complaint';
import { handleCallEvent } from '../../../core/cti/handle-call-event';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf, type TestDesk } from '../../support/workflow-desk';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };

describe('the call a complaint was taken on reaches the desks that see the complaint (real server, PostgreSQL)', () => {
  const net = syncedDesks('postgres', ['A1001', 'A2001', 'L2001']);
  const { deskOf, sync, transportOf } = net;
  const event = (desk: TestDesk, kind: 'incoming' | 'answered' | 'hungUp', callId: string) => {
    const base = { callId, direction: 'in' as const, from: '13812345678', to: '95500', users: [], source: 'http' as const };
    if (kind === 'incoming') return handleCallEvent(desk.ctx, { ...base, kind, queue: '理赔' });
    if (kind === 'answered') return handleCallEvent(desk.ctx, { ...base, kind, answeringNumber: '8001' });
    return handleCallEvent(desk.ctx, { ...base, kind, answeringNumber: '8001', cause: 'normalClearing' });
  };
  const callsOf = async (desk: TestDesk, complaintId: string) => valueOf<CallRecord[]>(await desk.dispatch('calls.ofComplaint', { complaintId }));

  it('a complaint created during a call shows the call on the lead\'s desk; its end and recording follow; the lead\'s own call log stays its own', async () => {
    const a = deskOf(A1001);
    const lead = deskOf(L2001);
    event(a, 'incoming', 'pbx-7781');
    a.setNow(new Date('2026-11-26T02:00:20.000Z'));
    event(a, 'answered', 'pbx-7781');
    a.setNow(new Date('2026-11-26T02:03:00.000Z'));
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', { ...validIntake(), callId: 'pbx-7781' }));
    await sync(a, A1001);
    await sync(lead, L2001);
    const [pulled] = await callsOf(lead, created.id);
    expect(pulled).toMatchObject({ id: 'pbx-7781', number: '13812345678', numberKey: expect.any(String), direction: 'in', queue: '理赔', complaintId: created.id, endedAt: null });
    expect(valueOf<CallRecord[]>(await lead.dispatch('calls.list', {}))).toEqual([]);

    // The call ends after the complaint was saved, and the agent notes where the PBX keeps the recording.
    a.setNow(new Date('2026-11-26T02:05:00.000Z'));
    event(a, 'hungUp', 'pbx-7781');
    valueOf(await a.dispatch('calls.setRecordingRef', { callId: 'pbx-7781', recordingRef: 'REC-2026-7781' }));
    await sync(a, A1001);
    await sync(lead, L2001);
    const onA = await callsOf(a, created.id);
    expect(onA).toMatchObject([{ endedAt: '2026-11-26T02:05:00.000Z', durationSeconds: 280, recordingRef: 'REC-2026-7781' }]);
    expect(await callsOf(lead, created.id)).toEqual(onA);
    // A's own row is still in A's call log after pulling its complaint back.
    expect(valueOf<CallRecord[]>(await a.dispatch('calls.list', {})).map((c) => c.id)).toEqual(['pbx-7781']);
    const stored = await net.server.ctx.pool.query('SELECT complaint_id, record FROM sync_calls WHERE id = $1', ['pbx-7781']);
    expect(stored.rows).toEqual([{ complaint_id: created.id, record: expect.objectContaining({ recordingRef: 'REC-2026-7781' }) }]);
  });

  it('a call linked to an existing complaint travels too; a desk that may not see the complaint gets neither', async () => {
    const a = deskOf(A1001);
    const lead = deskOf(L2001);
    const other = deskOf(A2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    event(a, 'incoming', 'pbx-9001');
    valueOf(await a.dispatch('calls.linkComplaint', { callId: 'pbx-9001', complaintId: created.id }));
    await sync(a, A1001);
    await sync(lead, L2001);
    await sync(other, A2001);
    expect((await callsOf(lead, created.id)).map((c) => c.id)).toEqual(['pbx-9001']);
    expect(other.db.prepare('SELECT count(*) AS n FROM calls').get()).toEqual({ n: 0 });
  });

  it('a call recorded for a complaint the pusher may not work is refused like any mutation', async () => {
    const a = deskOf(A1001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    await sync(a, A1001);
    const intruder = transportOf('A2001');
    const call = { id: 'pbx-evil', number: '13900000000', direction: 'in', agent: null, queue: null, source: 'http', startedAt: '2026-11-26T02:00:00.000Z', answeredAt: null, endedAt: null, durationSeconds: null, cause: null, recordingRef: null };
    await intruder.push({
      clientId: randomUUID(),
      mutations: [{ id: 1, opId: 'op-evil-1', name: 'complaint.recordCall', args: { complaintId: created.id, call }, baseVersions: {}, createdAt: '2026-11-26T02:00:00.000Z', actor: A2001 }],
    });
    expect((await net.server.ctx.pool.query('SELECT 1 FROM sync_calls WHERE id = $1', ['pbx-evil'])).rows).toEqual([]);
    expect((await net.server.ctx.pool.query('SELECT code FROM sync_rejections WHERE op_id = $1', ['op-evil-1'])).rows).toEqual([{ code: 'forbidden' }]);
  });
});
