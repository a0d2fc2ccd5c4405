import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import type { WorkflowResult } from '../../../shared/api/workflow';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import { reportRowOf } from '../../../shared/domain/reports/report-row-of';
import { findComplaint } from '../../../db/repositories/complaints';
import { readReportRows } from '../../../db/repositories/report-rows-repository';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf } from '../../support/workflow-desk';

const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };
const SUSPEND = { kind: 'inspection', reason: '电器损坏需第三方检测', party: '某某检测中心' };

/** 挂起 made on a desk offline reaches the server and comes back the same; the server checks what it claims. */
describe('clock stop across desk and server (real server, PostgreSQL)', () => {
  const net = syncedDesks('postgres', ['A2001']);
  const { deskOf, sync } = net;
  const serverDocument = async (id: string) =>
    (await net.server.ctx.pool.query<{ document: Complaint }>('SELECT document FROM sync_complaints WHERE id = $1', [id])).rows[0]!.document;

  it('a suspension and its resume sync; desk and server compute the same stored due date and report row', async () => {
    const a = deskOf(A2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    const s = valueOf<WorkflowResult>(await a.dispatch('complaints.suspendClock', { id: created.id, baseVersion: created.version, ...SUSPEND }));
    await sync(a, A2001);
    const onServer = await serverDocument(created.id);
    expect(onServer.suspensions).toHaveLength(1);
    expect(onServer.suspensions[0]).toMatchObject({ kind: 'inspection', party: '某某检测中心', resumedAt: null });
    a.setNow(new Date(Date.parse('2026-11-26T02:00:00.000Z') + 4 * 86_400_000));
    valueOf(await a.dispatch('complaints.resumeClock', { id: created.id, baseVersion: s.complaint.version, outcome: '检测报告：质量问题' }));
    await sync(a, A2001);
    await sync(a, A2001);
    const resumed = await serverDocument(created.id);
    expect(resumed.suspensions[0]?.outcome).toBe('检测报告：质量问题');
    expect(findComplaint(a.db, created.id)).toEqual(resumed);
    const deskRow = readReportRows(a.db, '2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z').find((r) => r.id === created.id)!;
    const serverRow = reportRowOf(resumed, DEFAULT_DEADLINE_SETTINGS, deskRow.branch);
    expect(deskRow.dueAt).toBe(serverRow.dueAt);
    expect(deskRow.suspendedSince ?? null).toBe(serverRow.suspendedSince);
  });

  it('refuses what a tampered desk claims: an agent\'s approval, a document never attached', async () => {
    const a = deskOf(A2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    const s = valueOf<WorkflowResult>(await a.dispatch('complaints.suspendClock', { id: created.id, baseVersion: created.version, ...SUSPEND }));
    await sync(a, A2001);
    const session = net.session('A2001');
    const clientId = await net.server.newClient('A2001');
    const mutation = (id: number, name: string, args: object) => ({
      id,
      opId: randomUUID(),
      name,
      args: { complaintId: created.id, eventId: randomUUID(), ...args },
      baseVersions: {},
      createdAt: new Date().toISOString(),
      // The desk claims a lead's role: the server acts with the role the organisation gives A2001.
      actor: { id: A2001.id, name: A2001.name, role: 'lead' },
    });
    const push = await net.server.call('POST', '/sync/push', {
      token: session.accessToken,
      body: {
        clientId,
        mutations: [
          mutation(1, 'complaint.approveSuspension', {}),
          mutation(2, 'complaint.resumeClock', { outcome: '结果' }),
          mutation(3, 'complaint.suspendClock', { suspensionId: randomUUID(), ...SUSPEND, attachmentId: 'never-attached' }),
        ],
      },
    });
    expect(push.statusCode).toBe(200);
    const rejected = await net.server.ctx.pool.query<{ mutation_id: string; code: string }>(
      'SELECT mutation_id, code FROM sync_rejections WHERE client_id = $1 ORDER BY mutation_id',
      [clientId],
    );
    expect(rejected.rows.map((r) => [Number(r.mutation_id), r.code])).toEqual([
      [1, 'approval_required'],
      [3, 'attachment_unknown'],
    ]);
    const after = await serverDocument(created.id);
    expect(after.suspensions).toHaveLength(1);
    expect(after.suspensions[0]).toMatchObject({ approvedBy: null, outcome: '结果' });
    expect(s.complaint.suspensions[0]?.id).toBe(after.suspensions[0]?.id);
  });
});
