import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import { complaintNumber } from '../../../shared/domain/commands/create-complaint';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import type { PullResponse, WireMutation } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { validIntake } from '../../support/valid-intake';
import { validStageData } from '../../support/workflow';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

const A1001: Actor = { id: 'A1001', name: '王芳', role: 'agent' };
const A2001: Actor = { id: 'A2001', name: '吴磊', role: 'agent' };
const M3001: Actor = { id: 'M3001', name: '陈静', role: 'admin' };

describe.each(BACKENDS)("the regulator's rules, checked by the server on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server?.close());
  const a1001 = mutationLog(A1001);
  const a2001 = mutationLog(A2001);

  /** One session per person for the whole file: a client's mutation ids run on from push to push. */
  const sessions = new Map<string, Awaited<ReturnType<TestServer['signIn']>>>();
  const push = async (actor: Actor, mutations: WireMutation[]) => {
    const session = sessions.get(actor.id) ?? (await server.signIn(actor.id));
    sessions.set(actor.id, session);
    const response = await server.call('POST', '/sync/push', { token: session.accessToken, body: { clientId: session.clientId, mutations } });
    expect(response.statusCode).toBe(200);
    const pulled = await server.call('POST', '/sync/pull', { token: session.accessToken, body: { clientId: session.clientId, cursor: 0 } });
    return (pulled.json() as PullResponse).rejections.filter((r) => mutations.some((m) => m.id === r.mutationId));
  };
  const documentOf = async (id: string) => ((await server.ctx.pool.query('SELECT document FROM sync_complaints WHERE id = $1', [id])).rows[0] as { document: Complaint } | undefined)?.document;
  const createWith = (log: ReturnType<typeof mutationLog>, intake: ReturnType<typeof validIntake>) => {
    const id = randomUUID();
    return log.make('complaint.create', { id, number: complaintNumber(id, intake.callTime), eventId: randomUUID(), intake });
  };

  it('flags a repeat complaint across desks: the second agent never saw the first complaint, the server did', async () => {
    const policyNumber = `P-R${randomUUID().slice(0, 8)}`;
    const first = createWith(a1001, validIntake({ policyNumber, callTime: '2026-11-20T10:00:00+08:00' }));
    expect(await push(A1001, [first])).toEqual([]);
    const again = createWith(a2001, validIntake({ policyNumber, contactPhone: '+86 138-0013-8000', callTime: '2026-11-25T10:00:00+08:00' }));
    expect(await push(A2001, [again])).toEqual([]);
    const firstId = (first.args as { id: string }).id;
    expect((await documentOf((again.args as { id: string }).id))?.repeatOf).toEqual({ id: firstId, number: (first.args as { number: string }).number, receivedAt: '2026-11-20T10:00:00+08:00' });
    expect((await documentOf(firstId))?.repeatOf ?? null).toBeNull();
    // Another policy of the same customer is not a repeat.
    const other = createWith(a2001, validIntake({ policyNumber: `${policyNumber}X`, callTime: '2026-11-25T11:00:00+08:00' }));
    expect(await push(A2001, [other])).toEqual([]);
    expect((await documentOf((other.args as { id: string }).id))?.repeatOf ?? null).toBeNull();
  });

  it('judges every create of one push against what is stored and what the push created before it, each within its own window', async () => {
    const [p1, p2] = [`P-B${randomUUID().slice(0, 8)}`, `P-C${randomUUID().slice(0, 8)}`];
    const stored = createWith(a1001, validIntake({ policyNumber: p1, callTime: '2026-08-01T10:00:00+08:00' }));
    expect(await push(A1001, [stored])).toEqual([]);
    const batch = [
      // 100 days after the stored one: outside the 90-day window, not a repeat.
      createWith(a2001, validIntake({ policyNumber: p1, callTime: '2026-11-09T10:00:00+08:00' })),
      // 60 days after it (and before the one above): a repeat of the stored one.
      createWith(a2001, validIntake({ policyNumber: p1.toLowerCase(), callTime: '2026-09-30T10:00:00+08:00' })),
      createWith(a2001, validIntake({ policyNumber: p2, callTime: '2026-11-20T10:00:00+08:00' })),
      // The same customer and policy as the create before it in this push: a repeat of that one.
      createWith(a2001, validIntake({ policyNumber: p2, callTime: '2026-11-21T10:00:00+08:00' })),
    ];
    expect(await push(A2001, batch)).toEqual([]);
    const repeatOf = async (m: WireMutation) => (await documentOf((m.args as { id: string }).id))?.repeatOf?.id ?? null;
    expect(await Promise.all(batch.map(repeatOf))).toEqual([null, (stored.args as { id: string }).id, null, (batch[2]!.args as { id: string }).id]);
  });

  it("refuses a desk's claim of a repeat (it is the server's finding) and keeps nothing of it", async () => {
    const log = a1001;
    const create = log.create();
    const lying = { ...create, args: { ...(create.args as object), repeatOf: { id: 'x', number: 'TS-LIE', receivedAt: '2026-01-01T00:00:00Z' } } };
    expect((await push(A1001, [lying])).map((r) => r.code)).toEqual(['args_invalid']);
    expect(await documentOf((create.args as { id: string }).id)).toBeUndefined();
  });

  it("checks a registration's codes against the organisation's classification and its 授权委托书 against the complaint's attachments", async () => {
    const log = a1001;
    const create = log.create();
    const id = (create.args as { id: string }).id;
    const intakeDone = log.make('complaint.advance', { complaintId: id, eventId: randomUUID(), stage: 'intake', data: {} });
    expect(await push(A1001, [create, intakeDone])).toEqual([]);
    const register = (data: object) => log.make('complaint.advance', { complaintId: id, eventId: randomUUID(), stage: 'registration', data: { ...validStageData().registration, ...data } });
    const agent = (attachmentId: string) => ({
      representation: {
        complainant: { kind: 'person' },
        onBehalf: { kind: 'agent', name: '李律师', identity: { kind: 'resident_id', number: '11010519491231002X' }, phone: '13900001111', authorisationAttachmentId: attachmentId },
        complainedAbout: { institution: '北京分公司', staffName: '刘某' },
      },
    });
    const badReason = register({ reasonCode: 'not_a_reason' });
    const badLine = register({ lineCode: 'not_a_line' });
    const unattached = register(agent('never-attached'));
    expect((await push(A1001, [badReason, badLine, unattached])).map((r) => [r.code, r.messageKey])).toEqual([
      ['unknown_reason', 'validation.registration.reasonCode.unknown'],
      ['unknown_line', 'validation.registration.lineCode.unknown'],
      ['representation_attachment_missing', 'validation.representation.attachmentMissing'],
    ]);
    expect((await documentOf(id))?.stage).toBe('registration');

    const attach = log.attach(id);
    const attachmentId = (attach.args as { attachment: { id: string } }).attachment.id;
    expect(await push(A1001, [attach, register(agent(attachmentId))])).toEqual([]);
    const registered = (await documentOf(id))!;
    expect(registered.stage).toBe('analysis');
    expect(registered.stages.registration).toMatchObject({ reasonCode: 'claims.amount', lineCode: 'motor', representation: { onBehalf: { kind: 'agent', authorisationAttachmentId: attachmentId } } });
  });

  it('keeps the regulatory settings: seeded, replaced by an admin, kept when an old desk leaves them out, never dropping a code', async () => {
    const admin = await server.signIn(M3001.id);
    const get = async () => (await server.call('GET', '/org-settings', { token: admin.accessToken })).json() as OrgSettings;
    const before = await get();
    expect(before.regulatory?.classification.reasons.map((r) => r.zh)).toContain('理赔纠纷');
    expect(before.regulatory?.repeatWindowDays).toBe(90);
    // What a PUT takes of them (other settings this server keeps are answered, not sent back).
    const input = { deadlines: before.deadlines, phrases: before.phrases, taxonomy: before.taxonomy, templates: before.templates, regulatory: before.regulatory };
    const regulatory = before.regulatory!;

    const dropped = await server.call('PUT', '/org-settings', {
      token: admin.accessToken,
      body: { ...input, regulatory: { ...regulatory, classification: { ...regulatory.classification, reasons: regulatory.classification.reasons.filter((r) => r.code !== 'preservation') } } },
    });
    expect(dropped.statusCode).toBe(400);
    expect(dropped.json()).toMatchObject({ error: { code: 'validation', fields: [{ path: 'regulatory.classification', code: 'code_dropped' }] } });

    const retired = { ...regulatory, repeatWindowDays: 60, classification: { ...regulatory.classification, lines: regulatory.classification.lines.map((l) => (l.code === 'annuity' ? { ...l, retired: true } : l)) } };
    expect((await server.call('PUT', '/org-settings', { token: admin.accessToken, body: { ...input, regulatory: retired } })).statusCode).toBe(200);
    const { regulatory: _r, ...oldDesk } = input;
    expect((await server.call('PUT', '/org-settings', { token: admin.accessToken, body: oldDesk })).statusCode).toBe(200);
    const after = await get();
    expect(after.regulatory?.repeatWindowDays).toBe(60);
    expect(after.regulatory?.classification.lines.find((l) => l.code === 'annuity')?.retired).toBe(true);

    const unknownField = await server.call('PUT', '/org-settings', { token: admin.accessToken, body: { ...input, regulatory: { ...regulatory, extra: 1 } } });
    expect(unknownField.statusCode).toBe(400);
  });

  it("answers an admin's quarterly pack of every branch as XLSX; refuses an agent and a malformed quarter", async () => {
    const admin = await server.signIn(M3001.id);
    const answer = await server.call('POST', '/exports/quarterly', { token: admin.accessToken, body: { quarter: '2026-Q4', format: 'xlsx', language: 'zh-CN' } });
    expect(answer.statusCode).toBe(200);
    expect(decodeURIComponent(String(answer.headers['content-disposition']))).toContain('监管季报_2026-Q4.xlsx');
    const book = XLSX.read(answer.rawPayload, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['季度监管指标', '原因×险种×机构']);
    const overview = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['季度监管指标']!, { header: 1, defval: null });
    expect(overview[1]?.slice(0, 2)).toEqual(['季度', '2026-Q4']);
    const received = overview.find((r) => r[0] === '投诉量（件）')!;
    expect(received[1]).toBeGreaterThanOrEqual(4);

    const agent = await server.signIn(A1001.id);
    expect((await server.call('POST', '/exports/quarterly', { token: agent.accessToken, body: { quarter: '2026-Q4', format: 'csv', language: 'en' } })).statusCode).toBe(403);
    expect((await server.call('POST', '/exports/quarterly', { token: admin.accessToken, body: { quarter: '2026-Q5', format: 'csv', language: 'en' } })).statusCode).toBe(400);
  });
});
