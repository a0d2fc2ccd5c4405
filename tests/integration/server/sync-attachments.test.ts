import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Attachment } from '../../../shared/domain/attachments/attachment';
import type { PullResponse, WireMutation } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const B2002 = { id: 'B2002', name: '赵敏', role: 'agent' as const };

const attachmentOf = (m: WireMutation) => (m.args as { attachment: Attachment }).attachment;
const complaintIdOf = (m: WireMutation) => (m.args as { id: string }).id;

describe.each(BACKENDS)('attachment removals pushed to the server (%s)', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(backend, { limits: { loginPerAccount: { max: 10_000, windowSeconds: 60 }, loginPerClient: { max: 10_000, windowSeconds: 60 }, callsPerUser: { max: 100_000, windowSeconds: 60 } } });
    for (const no of ['A1001', 'B2002']) tokens[no] = (await server.signIn(no)).accessToken;
  });
  afterAll(() => server?.close());

  /** One push, answered 200 with every mutation taken (applied or stored as rejected). */
  async function push(as: string, clientId: string, mutations: WireMutation[]) {
    await server.signedInWith(as, clientId);
    const response = await server.call('POST', '/sync/push', { token: tokens[as]!, body: { clientId, mutations } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ lastMutationId: mutations.at(-1)!.id });
  }
  async function rejectionsOf(as: string, clientId: string) {
    await server.signedInWith(as, clientId);
    const response = await server.call('POST', '/sync/pull', { token: tokens[as]!, body: { clientId, cursor: 0 } });
    return (response.json() as PullResponse).rejections.map((r) => [r.mutationId, r.code, r.messageKey]);
  }
  async function attachmentEvents(complaintId: string) {
    const rows = await server.ctx.pool.query(
      `SELECT document->>'kind' AS kind, document->'actor'->>'id' AS actor, document->'data' AS data FROM sync_events
       WHERE complaint_id = $1 AND document->>'kind' LIKE 'attachment.%' ORDER BY seq`,
      [complaintId],
    );
    return rows.rows as Array<{ kind: string; actor: string; data: Record<string, unknown> }>;
  }

  /** A1001 files a complaint with a PDF and hands it to B2002, who may then work it but did not add the PDF. */
  async function attachedThenHandedOver() {
    const owner = mutationLog(A1001);
    const create = owner.create();
    const complaintId = complaintIdOf(create);
    const attach = owner.attach(complaintId);
    await push('A1001', randomUUID(), [create, attach, owner.assign(complaintId, { id: B2002.id, name: B2002.name })]);
    return { complaintId, pdf: attachmentOf(attach) };
  }

  it('refuses a removal whose desk claims to have added another person\'s attachment, stores why and writes no tombstone', async () => {
    const { complaintId, pdf } = await attachedThenHandedOver();
    const other = mutationLog(B2002);
    const client = randomUUID();
    const spoofed = other.removeAttachment({ ...pdf, addedBy: { id: B2002.id, name: B2002.name } });
    const honest = other.removeAttachment(pdf);
    await push('B2002', client, [spoofed, honest]);

    expect(await rejectionsOf('B2002', client)).toEqual([
      [1, 'attachment_mismatch', 'attachments.refusal.mismatch'],
      [2, 'not_attachment_owner', 'attachments.refusal.notOwner'],
    ]);
    expect((await attachmentEvents(complaintId)).map((e) => e.kind)).toEqual(['attachment.added']);
    const audited = await server.ctx.pool.query('SELECT outcome FROM sync_audit WHERE client_id = $1 ORDER BY mutation_id', [client]);
    expect(audited.rows.map((r) => r.outcome)).toEqual(['rejected', 'rejected']);
  });

  it('refuses removing an attachment never added to that complaint, or one whose content differs from the record', async () => {
    const owner = mutationLog(A1001);
    const client = randomUUID();
    const first = owner.create();
    const second = owner.create();
    const onSecond = owner.attach(complaintIdOf(second));
    await push('A1001', client, [first, second, onSecond]);

    const neverAdded = { ...attachmentOf(onSecond), id: randomUUID(), complaintId: complaintIdOf(first) };
    await push('A1001', client, [
      owner.removeAttachment(neverAdded),
      // The second complaint's PDF, taken off the first complaint.
      owner.removeAttachment(attachmentOf(onSecond), '传错文件', complaintIdOf(first)),
      owner.removeAttachment({ ...attachmentOf(onSecond), sha256: 'f'.repeat(64) }),
    ]);

    expect(await rejectionsOf('A1001', client)).toEqual([
      [4, 'attachment_unknown', 'attachments.refusal.unknown'],
      [5, 'attachment_unknown', 'attachments.refusal.unknown'],
      [6, 'attachment_mismatch', 'attachments.refusal.mismatch'],
    ]);
    expect(await attachmentEvents(complaintIdOf(first))).toEqual([]);
    expect((await attachmentEvents(complaintIdOf(second))).map((e) => e.kind)).toEqual(['attachment.added']);
  });

  it('applies an attachment added and removed in the same batch, and refuses removing it a second time', async () => {
    const owner = mutationLog(A1001);
    const client = randomUUID();
    const create = owner.create();
    const complaintId = complaintIdOf(create);
    const attach = owner.attach(complaintId);
    await push('A1001', client, [create, attach, owner.removeAttachment(attachmentOf(attach)), owner.removeAttachment(attachmentOf(attach), '再删一次')]);
    // Another desk of the same person, which had not heard of the first removal.
    const otherDesk = mutationLog(A1001);
    const otherClient = randomUUID();
    await push('A1001', otherClient, [otherDesk.removeAttachment(attachmentOf(attach), '也要删')]);

    expect(await rejectionsOf('A1001', client)).toEqual([[4, 'attachment_already_removed', 'attachments.refusal.alreadyRemoved']]);
    expect(await rejectionsOf('A1001', otherClient)).toEqual([[1, 'attachment_already_removed', 'attachments.refusal.alreadyRemoved']]);
    expect((await attachmentEvents(complaintId)).map((e) => [e.kind, e.data.reason ?? null])).toEqual([
      ['attachment.added', null],
      ['attachment.removed', '传错文件'],
    ]);
  });

  it('applies the adder\'s own removal, with the tombstone written from the server\'s record', async () => {
    const { complaintId, pdf } = await attachedThenHandedOver();
    const owner = mutationLog(A1001);
    const client = randomUUID();
    // The desk's copy has a stale display name and the employee number in lower case: still the same attachment.
    await push('A1001', client, [owner.removeAttachment({ ...pdf, name: '改过名.pdf', addedBy: { id: 'a1001', name: '旧名字' } })]);

    expect(await rejectionsOf('A1001', client)).toEqual([]);
    const events = await attachmentEvents(complaintId);
    expect(events.map((e) => [e.kind, e.actor])).toEqual([
      ['attachment.added', 'A1001'],
      ['attachment.removed', 'A1001'],
    ]);
    expect(events[1]!.data).toEqual({ attachmentId: pdf.id, name: pdf.name, size: pdf.size, sha256: pdf.sha256, mediaType: pdf.mediaType, reason: '传错文件' });
  });

  it('refuses an attach that reuses an attachment id already on the complaint, in a later push or the same batch', async () => {
    const { complaintId, pdf } = await attachedThenHandedOver();
    const other = mutationLog(B2002);
    const client = randomUUID();
    const reuse = other.make('complaint.attachFile', { complaintId, eventId: randomUUID(), attachment: { ...pdf, addedBy: { id: B2002.id, name: B2002.name } } });
    const fresh = other.attach(complaintId);
    const twice = other.make('complaint.attachFile', { complaintId, eventId: randomUUID(), attachment: attachmentOf(fresh) });
    await push('B2002', client, [reuse, fresh, twice]);

    expect(await rejectionsOf('B2002', client)).toEqual([
      [1, 'attachment_id_taken', 'attachments.refusal.idTaken'],
      [3, 'attachment_id_taken', 'attachments.refusal.idTaken'],
    ]);
    expect((await attachmentEvents(complaintId)).map((e) => [e.kind, e.actor, e.data.attachmentId])).toEqual([
      ['attachment.added', 'A1001', pdf.id],
      ['attachment.added', 'B2002', attachmentOf(fresh).id],
    ]);
  });
});
