import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/domain/actor';
import type { CallSnapshot } from '../../../shared/domain/cti/call-snapshot';
import type { PullResponse, WireMutation } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

const A1001: Actor = { id: 'A1001', name: '王芳', role: 'agent' };
const A2001: Actor = { id: 'A2001', name: '吴磊', role: 'agent' };
const L2001: Actor = { id: 'L2001', name: '李强', role: 'lead' };
const M3001: Actor = { id: 'M3001', name: '陈静', role: 'admin' };

const call = (id: string): CallSnapshot => ({
  id,
  number: '13800138000',
  direction: 'in',
  agent: null,
  queue: null,
  source: 'http',
  startedAt: '2026-11-25T01:58:00.000Z',
  answeredAt: '2026-11-25T01:58:10.000Z',
  endedAt: null,
  durationSeconds: null,
  cause: null,
  recordingRef: null,
});

/** A create taken on call `callId` (as a desk sends it after a screen-pop). */
function createOnCall(log: ReturnType<typeof mutationLog>, callId: string): WireMutation {
  const create = log.create();
  return { ...create, args: { ...(create.args as object), call: call(callId) } };
}

describe.each(BACKENDS)('what a desk claims about calls and people, checked by the server on %s', (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(backend, { limits: { callsPerUser: { max: 100_000, windowSeconds: 60 } } });
  });
  afterAll(() => server?.close());

  /** Pushes as `actor` from a new client; answers the rejections of that push. */
  const push = async (actor: Actor, mutations: WireMutation[]) => {
    const session = await server.signIn(actor.id);
    const response = await server.call('POST', '/sync/push', { token: session.accessToken, body: { clientId: session.clientId, mutations } });
    expect(response.statusCode).toBe(200);
    const pulled = await server.call('POST', '/sync/pull', { token: session.accessToken, body: { clientId: session.clientId, cursor: 0 } });
    return (pulled.json() as PullResponse).rejections;
  };
  const callRow = async (callId: string) =>
    (await server.ctx.pool.query('SELECT complaint_id, recorded_by FROM sync_calls WHERE id = $1', [callId])).rows[0] as { complaint_id: string; recorded_by: string } | undefined;
  const assigneeOf = async (complaintId: string) =>
    ((await server.ctx.pool.query(`SELECT document->'assignee' AS assignee FROM sync_complaints WHERE id = $1`, [complaintId])).rows[0] as { assignee: unknown }).assignee;

  it("never moves a call to another person's complaint: a create or a recordCall naming it is refused, the call stays", async () => {
    const callId = `pbx-${randomUUID()}`;
    const mine = createOnCall(mutationLog(A1001), callId);
    expect(await push(A1001, [mine])).toEqual([]);
    const taker = (mine.args as { id: string }).id;

    const thief = mutationLog(A2001);
    const stolenCreate = createOnCall(thief, callId);
    const own = thief.create();
    const ownId = (own.args as { id: string }).id;
    const stolenLink = thief.make('complaint.recordCall', { complaintId: ownId, call: call(callId) });
    const rejections = await push(A2001, [stolenCreate, own, stolenLink]);
    expect(rejections.map((r) => [r.mutationId, r.code, r.messageKey])).toEqual([
      [stolenCreate.id, 'call_taken', 'sync.refusal.callTaken'],
      [stolenLink.id, 'call_taken', 'sync.refusal.callTaken'],
    ]);
    expect(await callRow(callId)).toEqual({ complaint_id: taker, recorded_by: 'a1001' });
    const stolen = await server.ctx.pool.query('SELECT count(*)::int AS n FROM sync_complaints WHERE id = $1', [(stolenCreate.args as { id: string }).id]);
    expect(stolen.rows[0].n).toBe(0);
  });

  it('lets the person who recorded a call link it to another of their complaints, as their desk does', async () => {
    const callId = `pbx-${randomUUID()}`;
    const log = mutationLog(A1001);
    const first = createOnCall(log, callId);
    const second = createOnCall(log, callId);
    expect(await push(A1001, [first, second])).toEqual([]);
    expect(await callRow(callId)).toEqual({ complaint_id: (second.args as { id: string }).id, recorded_by: 'a1001' });
  });

  it('refuses an assignee who does not exist, one deactivated, and (for an agent) one outside their team; the name is the organisation’s', async () => {
    await server.ctx.pool.query(`UPDATE users SET active = false WHERE employee_no = 'A1003'`);
    const log = mutationLog(A1001);
    const create = log.create();
    const id = (create.args as { id: string }).id;
    const nobody = log.assign(id, { id: 'ZZ9999', name: '不存在' });
    const gone = log.assign(id, { id: 'A1003', name: '孙丽' });
    const otherTeam = log.assign(id, { id: 'A2001', name: '吴磊' });
    const teammate = log.assign(id, { id: 'b2002', name: '冒名' });
    const rejections = await push(A1001, [create, nobody, gone, otherTeam, teammate]);
    expect(rejections.map((r) => [r.mutationId, r.code, r.messageKey, r.params])).toEqual([
      [nobody.id, 'assignee_unknown', 'refusal.assign.unknownPerson', { assignee: 'ZZ9999' }],
      [gone.id, 'assignee_inactive', 'refusal.assign.inactivePerson', { assignee: 'A1003' }],
      [otherTeam.id, 'assignee_other_team', 'refusal.assign.otherTeam', { assignee: 'A2001' }],
    ]);
    expect(await assigneeOf(id)).toEqual({ id: 'B2002', name: '赵敏' });
  });

  it("lets a lead hand a complaint to another team, and an admin to anyone active — never to nobody", async () => {
    const lead = mutationLog(L2001);
    const create = lead.create();
    const id = (create.args as { id: string }).id;
    expect(await push(L2001, [create, lead.assign(id, { id: 'A2001', name: '吴磊' })])).toEqual([]);
    expect(await assigneeOf(id)).toEqual({ id: 'A2001', name: '吴磊' });
    const admin = mutationLog(M3001);
    const created = admin.create();
    const adminId = (created.args as { id: string }).id;
    const rejections = await push(M3001, [created, admin.assign(adminId, { id: 'ZZ9999', name: '某人' }), admin.assign(adminId, { id: 'L2002', name: '周杰' })]);
    expect(rejections.map((r) => r.code)).toEqual(['assignee_unknown']);
    expect(await assigneeOf(adminId)).toMatchObject({ id: 'L2002' });
  });
});
