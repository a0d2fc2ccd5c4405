import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import { complaintNumber } from '../../../shared/domain/commands/create-complaint';
import type { PullResponse, WireMutation } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { validIntake } from '../../support/valid-intake';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

const A1001: Actor = { id: 'A1001', name: '王芳', role: 'agent' };
const A2001: Actor = { id: 'A2001', name: '吴磊', role: 'agent' };

describe.each(BACKENDS)("the intake's 证件号码 on the server (%s): checked, stored, and a repeat found by it", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server?.close());
  const logs = { A1001: mutationLog(A1001), A2001: mutationLog(A2001) };

  const sessions = new Map<string, Awaited<ReturnType<TestServer['signIn']>>>();
  /** Pushes, then answers the rejections of what was pushed. */
  const push = async (actor: Actor, mutations: WireMutation[]) => {
    const session = sessions.get(actor.id) ?? (await server.signIn(actor.id));
    sessions.set(actor.id, session);
    const response = await server.call('POST', '/sync/push', { token: session.accessToken, body: { clientId: session.clientId, mutations } });
    expect(response.statusCode).toBe(200);
    const pulled = await server.call('POST', '/sync/pull', { token: session.accessToken, body: { clientId: session.clientId, cursor: 0 } });
    return (pulled.json() as PullResponse).rejections.filter((r) => mutations.some((m) => m.id === r.mutationId));
  };
  const documentOf = async (id: string) => ((await server.ctx.pool.query('SELECT document FROM sync_complaints WHERE id = $1', [id])).rows[0] as { document: Complaint } | undefined)?.document;
  const createWith = (actor: 'A1001' | 'A2001', intake: Record<string, unknown>) => {
    const id = randomUUID();
    return { id, mutation: logs[actor].make('complaint.create', { id, number: complaintNumber(id, intake.callTime as string), eventId: randomUUID(), intake }) };
  };

  it("keeps the number a desk sends, and flags another desk's complaint from another phone with the same number as a repeat", async () => {
    const policyNumber = `P-ID${randomUUID().slice(0, 8)}`;
    const first = createWith('A1001', { ...validIntake({ policyNumber, callTime: '2026-11-20T10:00:00+08:00' }), idNumber: '11010519491231002X' });
    expect(await push(A1001, [first.mutation])).toEqual([]);
    expect((await documentOf(first.id))?.intake.idNumber).toBe('11010519491231002X');

    const again = createWith('A2001', { ...validIntake({ policyNumber, contactPhone: '139 1111 2222', callTime: '2026-11-25T10:00:00+08:00' }), idNumber: '11010519491231002x' });
    expect(await push(A2001, [again.mutation])).toEqual([]);
    const stored = await documentOf(again.id);
    expect(stored?.intake.idNumber).toBe('11010519491231002X');
    expect(stored?.repeatOf).toEqual({ id: first.id, number: (first.mutation.args as { number: string }).number, receivedAt: '2026-11-20T10:00:00+08:00' });

    // Another number from another phone is another customer.
    const stranger = createWith('A2001', { ...validIntake({ policyNumber, contactPhone: '139 3333 4444', callTime: '2026-11-25T11:00:00+08:00' }), idNumber: '440304199001011233' });
    expect(await push(A2001, [stranger.mutation])).toEqual([]);
    expect((await documentOf(stranger.id))?.repeatOf ?? null).toBeNull();
  });

  it('refuses a number whose check character is wrong, or that is not text, naming the field, and stores nothing (a lying desk)', async () => {
    const wrong = createWith('A1001', { ...validIntake(), idNumber: '110105194912310021' });
    const number = createWith('A1001', { ...validIntake(), idNumber: 110105194912310020 });
    const rejections = await push(A1001, [wrong.mutation, number.mutation]);
    expect(rejections.map((r) => [r.code, r.params?.['field']])).toEqual([
      ['intake_invalid', 'idNumber'],
      ['intake_invalid', 'idNumber'],
    ]);
    expect(rejections[0]?.messageKey).toBe('validation.idNumber.invalid');
    expect(await documentOf(wrong.id)).toBeUndefined();
    expect(await documentOf(number.id)).toBeUndefined();
  });
});
