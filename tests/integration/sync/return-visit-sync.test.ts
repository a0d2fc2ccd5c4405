import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import type { WorkflowResult } from '../../../shared/api/workflow';
import { findComplaint } from '../../../db/repositories/complaints';
import { BACKENDS } from '../server/support/backends';
import { syncedDesks } from '../../support/synced-desks';
import { validStageData } from '../../support/workflow';
import { complaintAtStage, valueOf, type TestDesk } from '../../support/workflow-desk';

const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };
const A2002 = { id: 'A2002', name: '郑爽', role: 'agent' as const };
/** A2001's lead (保全投诉二组), and the lead of another team. */
const L2002 = { id: 'L2002', name: '周杰', role: 'lead' as const };
const L3001 = { id: 'L3001', name: '刘洋', role: 'lead' as const };
type Person = typeof A2001 | typeof L2002;

/** 回访 recorded on a desk reaches the server as complaint.recordReturnVisit; the server checks every claim of a tampered desk. */
describe.each(BACKENDS)('回访 across desk and server (%s)', (backend) => {
  // The desks' clocks read the server's time, so nothing is moved by the clock rule and the times stay as written.
  const net = syncedDesks(backend, ['A2001', 'A2002', 'L2002', 'L3001'], { now: new Date() });
  const { deskOf, sync } = net;
  const serverDocument = async (id: string) =>
    (await net.server.ctx.pool.query<{ document: Complaint }>('SELECT document FROM sync_complaints WHERE id = $1', [id])).rows[0]?.document ?? null;

  async function closedOn(desk: TestDesk): Promise<Complaint> {
    const c = await complaintAtStage(desk, 'closure');
    const input = { id: c.id, baseVersion: c.version, stage: 'closure', data: validStageData().closure };
    return valueOf<WorkflowResult>(await desk.dispatch('complaints.advance', input)).complaint;
  }

  /** A raw push as `person` (the desk's own checks skipped), answered with the codes the server stored for each mutation id. */
  async function lie(person: Person, mutations: { complaintId: string; args: Record<string, unknown> }[]): Promise<[number, string][]> {
    const clientId = await net.server.newClient(person.id);
    const push = await net.server.call('POST', '/sync/push', {
      token: net.session(person.id).accessToken,
      body: {
        clientId,
        mutations: mutations.map((m, i) => ({
          id: i + 1,
          opId: randomUUID(),
          name: 'complaint.recordReturnVisit',
          args: { complaintId: m.complaintId, eventId: randomUUID(), ...m.args },
          baseVersions: {},
          createdAt: new Date().toISOString(),
          actor: person,
        })),
      },
    });
    expect(push.statusCode).toBe(200);
    const rejected = await net.server.ctx.pool.query<{ mutation_id: string; code: string }>(
      'SELECT mutation_id, code FROM sync_rejections WHERE client_id = $1 ORDER BY mutation_id',
      [clientId],
    );
    return rejected.rows.map((r) => [Number(r.mutation_id), r.code]);
  }

  it('an unreached call and the reached one sync: the server holds the record the desk wrote', async () => {
    const a = deskOf(A2001);
    const closed = await closedOn(a);
    const attemptedAt = () => a.ctx.clock().toISOString();
    const once = valueOf<WorkflowResult>(await a.dispatch('complaints.recordReturnVisit', { id: closed.id, baseVersion: closed.version, attemptedAt: attemptedAt(), reached: false })).complaint;
    a.setNow(new Date(Date.now() + 1000));
    valueOf(await a.dispatch('complaints.recordReturnVisit', { id: closed.id, baseVersion: once.version, attemptedAt: attemptedAt(), reached: true, satisfaction: 'not', acceptsResult: false, stillWants: '希望全额赔付' }));
    await sync(a, A2001);
    await sync(a, A2001);
    const onServer = (await serverDocument(closed.id))!;
    expect(onServer.returnVisit?.attempts.map((x) => x.reached)).toEqual([false, true]);
    expect(onServer.returnVisit?.result).toEqual({ satisfaction: 'not', acceptsResult: false, stillWants: '希望全额赔付' });
    expect(findComplaint(a.db, closed.id)).toEqual(onServer);
  });

  it('refuses what a tampered desk claims with its reason, and keeps nothing of it; the handler\'s lead may record', async () => {
    const a = deskOf(A2001);
    const closed = await closedOn(a);
    const open = await complaintAtStage(a, 'analysis');
    await sync(a, A2001);
    const before = (await serverDocument(closed.id))!;
    const now = new Date().toISOString();
    expect(
      await lie(A2001, [
        { complaintId: open.id, args: { attemptedAt: now, reached: false } },
        { complaintId: closed.id, args: { attemptedAt: '2020-01-01T00:00:00.000Z', reached: false } },
        { complaintId: closed.id, args: { attemptedAt: now, reached: true, acceptsResult: true } },
        { complaintId: closed.id, args: { attemptedAt: now, reached: true, satisfaction: 'delighted', acceptsResult: true } },
        { complaintId: closed.id, args: { attemptedAt: now, reached: false, satisfaction: 'satisfied' } },
        // The desk claims the attempt's answers were taken by someone else: not an argument of the wire.
        { complaintId: closed.id, args: { attemptedAt: now, reached: false, by: { id: 'L2002', name: '周杰' } } },
        { complaintId: 'no-such-complaint', args: { attemptedAt: now, reached: false } },
      ]),
    ).toEqual([
      [1, 'return_visit_not_closed'],
      [2, 'return_visit_before_closing'],
      [3, 'return_visit_invalid'],
      [4, 'return_visit_invalid'],
      [5, 'return_visit_invalid'],
      [6, 'args_invalid'],
      [7, 'not_found'],
    ]);
    // Another agent of the team, and another team's lead: not theirs to see.
    expect(await lie(A2002, [{ complaintId: closed.id, args: { attemptedAt: now, reached: false } }])).toEqual([[1, 'forbidden']]);
    expect(await lie(L3001, [{ complaintId: closed.id, args: { attemptedAt: now, reached: false } }])).toEqual([[1, 'forbidden']]);
    expect(await serverDocument(closed.id)).toEqual(before);
    // A2001's own lead records the reached call; after it, nothing more.
    expect(await lie(L2002, [{ complaintId: closed.id, args: { attemptedAt: now, reached: true, satisfaction: 'satisfied', acceptsResult: true } }])).toEqual([]);
    expect((await serverDocument(closed.id))!.returnVisit?.attempts[0]?.by).toEqual({ id: L2002.id, name: L2002.name });
    expect(await lie(A2001, [{ complaintId: closed.id, args: { attemptedAt: now, reached: false } }])).toEqual([[1, 'return_visit_done']]);
  });

  it('never keeps a call claimed days ahead of the server\'s clock: clamped by the clock rule to the push, or refused as in the future', async () => {
    const a = deskOf(A2001);
    const closed = await closedOn(a);
    await sync(a, A2001);
    const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const refused = await lie(A2001, [{ complaintId: closed.id, args: { attemptedAt: ahead, reached: false } }]);
    // Clamped to the moment the push arrived, which may be a few ms after the mutation's own time: then it is in its future.
    expect([[], [[1, 'return_visit_in_future']]]).toContainEqual(refused);
    const stored = (await serverDocument(closed.id))!.returnVisit?.attempts ?? [];
    for (const attempt of stored) expect(Date.parse(attempt.at)).toBeLessThanOrEqual(Date.now());
  });
});
