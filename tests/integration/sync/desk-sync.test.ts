import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/api/search';
import type { Complaint } from '../../../shared/domain/complaint';
import { syncOnce } from '../../../core/sync/sync-once';
import type { SyncTransport } from '../../../core/sync/transport';
import { SyncRunner } from '../../../core/sync/sync-runner';
import { listEvents } from '../../../db/repositories/complaint-events';
import { findComplaint } from '../../../db/repositories/complaints';
import { countPending } from '../../../db/repositories/outbox';
import { listRejections } from '../../../db/repositories/server-state';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf } from '../../support/workflow-desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { SAMPLE_PDF, SAMPLE_PNG } from '../../support/sample-files';
import type { Attachment } from '../../../shared/domain/attachments/attachment';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };

describe('desks syncing through the real server (PostgreSQL, in-process)', () => {
  const net = syncedDesks('postgres', ['A1001', 'L2001'], { key: TEST_DATABASE_KEY });
  const { deskOf, transportOf, sync } = net;

  it('work done offline on desk A reaches the lead\'s desk B, with its timeline; A\'s outbox empties', async () => {
    const a = deskOf(A1001);
    const b = deskOf(L2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    await a.dispatch('complaints.addNote', { id: created.id, text: '客户要求回电' });
    expect(countPending(a.db, 'A1001')).toBe(2);
    await sync(a, A1001);
    expect(countPending(a.db, 'A1001')).toBe(0);
    await sync(b, L2001);
    expect(findComplaint(b.db, created.id)).toEqual(findComplaint(a.db, created.id));
    expect(listEvents(b.db, created.id).map((e) => e.id).sort()).toEqual(listEvents(a.db, created.id).map((e) => e.id).sort());
  });

  it('an attachment added on desk A is listed on the lead\'s desk after sync, and its removal follows as a tombstone', async () => {
    const a = deskOf(A1001);
    const b = deskOf(L2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    const pdf = valueOf<Attachment>(await a.dispatch('attachments.add', { complaintId: created.id, name: '定损单.pdf', contentBase64: SAMPLE_PDF.toString('base64') }));
    const png = valueOf<Attachment>(await a.dispatch('attachments.add', { complaintId: created.id, name: '现场.png', contentBase64: SAMPLE_PNG.toString('base64') }));
    await a.dispatch('attachments.remove', { id: png.id, reason: '传错照片' });
    await sync(a, A1001);
    await sync(b, L2001);
    expect(valueOf<Attachment[]>(await b.dispatch('attachments.list', { complaintId: created.id }))).toEqual([pdf]);
    expect(listEvents(b.db, created.id).map((e) => e.kind)).toEqual(expect.arrayContaining(['attachment.added', 'attachment.removed']));
  });

  it('an attachment removal the server refused leaves the attachment listed again on the desk that removed it', async () => {
    const a = deskOf(A1001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    const png = valueOf<Attachment>(await a.dispatch('attachments.add', { complaintId: created.id, name: '现场.png', contentBase64: SAMPLE_PNG.toString('base64') }));
    await sync(a, A1001);
    valueOf(await a.dispatch('attachments.remove', { id: png.id, reason: '传错照片' }));
    expect(valueOf<Attachment[]>(await a.dispatch('attachments.list', { complaintId: created.id }))).toEqual([]);
    // The desk's copy of the attachment disagrees with the server's record (a damaged outbox row): refused.
    a.db.prepare(`UPDATE outbox SET args = json_set(args, '$.attachment.sha256', ?) WHERE name = 'complaint.removeAttachment'`).run('0'.repeat(64));
    await sync(a, A1001);
    expect(listRejections(a.db, 'A1001')).toEqual([expect.objectContaining({ name: 'complaint.removeAttachment', code: 'attachment_mismatch' })]);
    expect(valueOf<Attachment[]>(await a.dispatch('attachments.list', { complaintId: created.id }))).toEqual([png]);
    expect(listEvents(a.db, created.id).map((e) => e.kind)).not.toContain('attachment.removed');
  });

  it('a complaint pulled from the server is searchable on the desk that pulled it, and follows later pulled changes', async () => {
    const a = deskOf(A1001);
    const b = deskOf(L2001);
    const found = async (text: string) => valueOf<SearchResult>(await b.dispatch('search.query', { text, filters: {} })).items.map((i) => i.id);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake({ customerName: '欧阳娜娜', contactPhone: '139 2468 1357' })));
    await sync(a, A1001);
    expect(await found('欧阳')).toEqual([]);
    await sync(b, L2001);
    expect(await found('欧阳')).toEqual([created.id]);
    expect(await found('1357')).toEqual([created.id]);
    await a.dispatch('complaints.addNote', { id: created.id, text: '客户周五带保单原件来柜面' });
    await sync(a, A1001);
    await sync(b, L2001);
    expect(await found('柜面')).toEqual([created.id]);
  });

  it('concurrent offline work on two desks converges on the server\'s order; a refused one is kept as a rejection', async () => {
    const a = deskOf(A1001);
    const b = deskOf(L2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    await sync(a, A1001);
    await sync(b, L2001);
    // Offline on both: the lead withdraws, the agent completes the intake stage.
    await b.dispatch('complaints.withdraw', { id: created.id, baseVersion: 1, receivedAt: '2026-11-26T09:00:00+08:00', reason: '客户撤诉' });
    await a.dispatch('complaints.setComplexity', { id: created.id, baseVersion: 1, complexity: 'complex' });
    await sync(b, L2001);
    await sync(a, A1001);
    await sync(b, L2001);
    const onA = findComplaint(a.db, created.id);
    expect(onA).toEqual(findComplaint(b.db, created.id));
    expect(onA?.status).toBe('withdrawn');
    expect(listRejections(a.db, 'A1001')).toEqual([expect.objectContaining({ name: 'complaint.setComplexity', messageKey: 'refusal.complaint.withdrawn' })]);
    expect(countPending(a.db, 'A1001')).toBe(0);
    // The refused change's event stays on A's append-only timeline, unshown: both desks show the server's timeline.
    const timelineOn = (desk: typeof a) => listEvents(desk.db, created.id).map((e) => `${e.kind} ${e.id}`);
    expect(timelineOn(a)).toEqual(timelineOn(b));
    expect(timelineOn(a).some((e) => e.startsWith('complexity'))).toBe(false);
    expect(a.db.prepare(`SELECT count(*) FROM complaint_events WHERE complaint_id = ? AND kind LIKE 'complexity%'`).pluck().get(created.id)).toBe(1);
  });

  it('a response lost after the server committed is only a delay: the next round sends nothing twice', async () => {
    const a = deskOf(A1001);
    const real = transportOf('A1001');
    let drop = true;
    const flaky: SyncTransport = {
      push: async (request) => {
        const answer = await real.push(request);
        if (drop) {
          drop = false;
          throw new Error('connection reset after the server committed');
        }
        return answer;
      },
      pull: (request) => real.pull(request),
    };
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    await expect(syncOnce(a.ctx, A1001, flaky)).rejects.toThrow(/connection reset/);
    expect(countPending(a.db, 'A1001')).toBe(1);
    await syncOnce(a.ctx, A1001, flaky);
    expect(countPending(a.db, 'A1001')).toBe(0);
    const rows = await net.server.ctx.pool.query('SELECT count(*)::int AS n FROM sync_audit WHERE complaint_id = $1', [created.id]);
    expect(rows.rows[0].n).toBe(1);
  });

  it('the runner syncs now on request and reports pending, online and the last sync', async () => {
    const a = deskOf(A1001);
    const runner = new SyncRunner(a.ctx, { transport: transportOf('A1001'), enabled: () => true, pokes: false, pollMs: 60_000 });
    a.ctx.sync = runner;
    await a.dispatch('complaints.create', validIntake());
    expect(valueOf(await a.dispatch('sync.status', {}))).toMatchObject({ pending: 1, online: false, lastSyncAt: null });
    expect(valueOf(await a.dispatch('sync.now', {}))).toMatchObject({ pending: 0, online: true, rejected: 0, lastSyncAt: '2026-11-26T02:00:00.000Z' });
    await runner.stop();
  });
});
