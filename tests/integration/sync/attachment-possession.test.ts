import { createHash, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syncOnce } from '../../../core/sync/sync-once';
import { uploadAttachments } from '../../../core/sync/upload-attachments';
import { applyMutation } from '../../../core/use-cases/workflow/apply-mutation';
import { queuedUploads } from '../../../db/repositories/attachment-uploads';
import type { Attachment } from '../../../shared/domain/attachments/attachment';
import type { Complaint } from '../../../shared/domain/complaint';
import { ATTACHMENT_CHUNK_BYTES, CONTENT_ROUTES } from '../../../shared/sync/attachment-content';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { makeTestDesk, validIntake } from '../../support/desk';
import { SAMPLE_PDF } from '../../support/sample-files';
import { inProcessContentTransport, inProcessTransport } from '../../support/sync-desks';
import { signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';
import { BACKENDS } from '../server/support/backends';
import { startTestServer, type TestServer } from '../server/support/test-server';

/**
 * Attachment contents by proof of possession, tried by an attacker with a valid account: 吴磊 (A2001,
 * 保全投诉二组) knows the SHA-256 of a file 王芳 (A1001, 理赔投诉一组) attached, but not its bytes.
 * Naming the hash on his own complaint must neither give him the file nor block her upload.
 */
const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };
const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };
type Person = typeof A1001 | typeof L2001 | typeof A2001;

/** A PDF of two chunks and a bit, different for each fill. */
const pdfOf = (fill: number) => Buffer.concat([SAMPLE_PDF, Buffer.alloc(2 * ATTACHMENT_CHUNK_BYTES + 500, fill)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(BACKENDS)('attachment contents by proof of possession (%s)', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const desks: TestDesk[] = [];

  beforeAll(async () => {
    server = await startTestServer(backend, { limits: { callsPerUser: { max: 1_000_000, windowSeconds: 60 } } });
    for (const person of [A1001, L2001, A2001]) tokens[person.id] = (await server.signIn(person.id)).accessToken;
  });
  afterEach(() => {
    for (const desk of desks.splice(0)) desk.close();
  });
  afterAll(() => server?.close());

  const deskOf = (person: Person) => {
    const desk = makeTestDesk({ agent: person, now: new Date('2026-11-26T02:00:00.000Z'), key: TEST_DATABASE_KEY });
    desk.ctx.contentTransport = inProcessContentTransport(server, () => tokens[person.id]!);
    desks.push(desk);
    return desk;
  };
  const sync = (desk: TestDesk, person: Person) => syncOnce(desk.ctx, person, inProcessTransport(server, () => tokens[person.id]!));
  const download = (sha: string, as: Person, offset = 0) => server.call('GET', CONTENT_ROUTES.content(sha, offset), { token: tokens[as.id] });
  const status = (sha: string, as: Person) => server.call('GET', CONTENT_ROUTES.upload(sha), { token: tokens[as.id] });
  const post = (sha: string, as: Person, body: { offset: number; data: Buffer; size?: number }) =>
    server.call('POST', CONTENT_ROUTES.upload(sha), { token: tokens[as.id], body: { ...body, data: body.data.toString('base64') } });

  /** The honest path: 王芳 attaches the file on her desk, syncs, and her desk uploads it. */
  async function honestlyAttached(content: Buffer, upload = true) {
    const desk = deskOf(A1001);
    const created = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake()));
    const pdf = valueOf<Attachment>(await desk.dispatch('attachments.add', { complaintId: created.id, name: '定损单.pdf', contentBase64: content.toString('base64') }));
    await sync(desk, A1001);
    if (upload) expect(await uploadAttachments(desk.ctx, desk.ctx.contentTransport!)).toEqual({ remaining: false });
    return { desk, created, pdf };
  }

  /** 吴磊's tampered desk: his own complaint, carrying attachment metadata that names `sha` with `size` (he has no such file). */
  async function claimedByAttacker(sha: string, size: number) {
    const desk = deskOf(A2001);
    const own = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake()));
    const attachment: Attachment = {
      id: randomUUID(),
      complaintId: own.id,
      name: '偷看.pdf',
      size,
      sha256: sha,
      mediaType: 'application/pdf',
      addedAt: '2026-11-26T02:00:00.000Z',
      addedBy: { id: A2001.id, name: A2001.name },
    };
    applyMutation(desk.ctx, A2001, 'complaint.attachFile', { complaintId: own.id, eventId: randomUUID(), attachment });
    await sync(desk, A2001);
    return { desk, own };
  }

  /** 李强 (王芳's lead) opens the attachment on his desk: it downloads and checks out. */
  async function leadOpens(created: Complaint, pdf: Attachment, content: Buffer) {
    const lead = deskOf(L2001);
    await sync(lead, L2001);
    const opened = valueOf<{ contentBase64: string }>(await lead.dispatch('attachments.content', { id: pdf.id }));
    expect(Buffer.from(opened.contentBase64, 'base64').equals(content)).toBe(true);
    expect(valueOf<Attachment[]>(await lead.dispatch('attachments.list', { complaintId: created.id }))).toEqual([pdf]);
  }

  it('naming a hash on your own complaint does not give you its content: 409 not_uploaded, as for one never uploaded', async () => {
    const content = pdfOf(0x31);
    const { created, pdf } = await honestlyAttached(content);
    await leadOpens(created, pdf, content);

    // 吴磊 sees no complaint naming the hash: not found.
    expect((await download(pdf.sha256, A2001)).statusCode).toBe(404);
    expect((await status(pdf.sha256, A2001)).statusCode).toBe(404);

    // He attaches metadata with that SHA-256 and size to his own complaint: the content stays out of reach,
    // answered exactly as for a hash nobody ever uploaded — and his upload status shows none of hers.
    const { desk: attackerDesk, own } = await claimedByAttacker(pdf.sha256, content.length);
    const refused = await download(pdf.sha256, A2001);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'conflict', fields: [{ path: 'sha256', code: 'not_uploaded' }] });
    expect((await download(pdf.sha256, A2001, ATTACHMENT_CHUNK_BYTES)).statusCode).toBe(409);
    expect((await status(pdf.sha256, A2001)).json()).toEqual({ size: content.length, received: 0, complete: false });
    const neverUploaded = sha256(Buffer.from('never uploaded by anyone'));
    await claimedByAttacker(neverUploaded, content.length);
    expect((await download(neverUploaded, A2001)).json()).toEqual(refused.json());

    // Handing his complaint to her (so she, who has the bytes, may see it) changes nothing: she did not attach it there.
    applyMutation(attackerDesk.ctx, A2001, 'complaint.assign', { complaintId: own.id, eventId: randomUUID(), assignee: { id: A1001.id, name: A1001.name } });
    await sync(attackerDesk, A2001);
    expect((await download(pdf.sha256, A2001)).statusCode).toBe(409);

    // His desk shows the usual "not uploaded yet", and stores nothing.
    const stolen = (valueOf<Attachment[]>(await attackerDesk.dispatch('attachments.list', { complaintId: own.id })))[0]!;
    expect(await attackerDesk.dispatch('attachments.content', { id: stolen.id })).toMatchObject({ ok: false, error: { code: 'refused', messageKey: 'attachments.error.contentNotUploaded' } });
    expect(attackerDesk.ctx.attachments!.has(pdf.sha256)).toBe(false);

    // 王芳's lead still opens it.
    await leadOpens(created, pdf, content);
  });

  it('whoever has the bytes proves it by uploading them: then, and only then, the content is theirs to read', async () => {
    const content = pdfOf(0x32);
    const { pdf } = await honestlyAttached(content);
    await claimedByAttacker(pdf.sha256, content.length);
    // A wrong content under the hash is refused and discarded, for him alone.
    const wrong = pdfOf(0x33);
    for (let offset = 0; offset < wrong.length; offset += ATTACHMENT_CHUNK_BYTES) {
      const answer = await post(pdf.sha256, A2001, { offset, size: wrong.length, data: wrong.subarray(offset, offset + ATTACHMENT_CHUNK_BYTES) });
      expect(answer.statusCode).toBe(offset + ATTACHMENT_CHUNK_BYTES < wrong.length ? 200 : 400);
      if (answer.statusCode === 400) expect(answer.json().error.fields).toEqual([{ path: 'data', code: 'content_mismatch' }]);
    }
    expect((await download(pdf.sha256, A2001)).statusCode).toBe(409);
    // The real bytes (a colleague mailed him the file, say): his own upload verifies, stores nothing twice, and opens it for him.
    for (let offset = 0; offset < content.length; offset += ATTACHMENT_CHUNK_BYTES) {
      expect((await post(pdf.sha256, A2001, { offset, size: content.length, data: content.subarray(offset, offset + ATTACHMENT_CHUNK_BYTES) })).statusCode).toBe(200);
    }
    expect((await status(pdf.sha256, A2001)).json()).toEqual({ size: content.length, received: content.length, complete: true });
    const first = await download(pdf.sha256, A2001);
    expect(first.statusCode).toBe(200);
    expect(Buffer.from(first.json().data, 'base64').equals(content.subarray(0, ATTACHMENT_CHUNK_BYTES))).toBe(true);
    const stored = await server.ctx.pool.query('SELECT count(*)::int AS n FROM attachment_chunks WHERE sha256 = $1', [pdf.sha256]);
    expect(stored.rows[0].n).toBe(Math.ceil(content.length / ATTACHMENT_CHUNK_BYTES));
  });

  it('claiming a hash first with a wrong size blocks no one: her upload of the real content still verifies and opens', async () => {
    const content = pdfOf(0x34);
    const hash = sha256(content);
    // 吴磊 registers the hash with size 2 and uploads 1 byte of it, before 王芳 ever syncs.
    await claimedByAttacker(hash, 2);
    const squat = await post(hash, A2001, { offset: 0, data: Buffer.from([0x25]) });
    expect(squat.statusCode).toBe(200);
    expect(squat.json()).toEqual({ size: 2, received: 1, complete: false });

    // 王芳 attaches the real file and her desk uploads it, from offset 0 of her own upload.
    const { desk, created, pdf } = await honestlyAttached(content);
    expect(pdf.sha256).toBe(hash);
    expect(queuedUploads(desk.db)).toEqual([]);
    expect((await status(hash, A1001)).json()).toEqual({ size: content.length, received: content.length, complete: true });
    await leadOpens(created, pdf, content);

    // His upload goes on alone: his second byte completes his size 2 and fails the hash — his is discarded, hers stays.
    const broken = await post(hash, A2001, { offset: 1, data: Buffer.from([0x50]) });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.fields).toEqual([{ path: 'data', code: 'content_mismatch' }]);
    expect((await status(hash, A2001)).json()).toEqual({ size: 2, received: 0, complete: false });
    expect((await download(hash, A2001)).statusCode).toBe(409);
    await leadOpens(created, pdf, content);
  });

  it('an upload may come before its attachment: the desk states the size, and the attachment pushed later opens at once', async () => {
    const content = pdfOf(0x35);
    const hash = sha256(content);
    // No attachment names it yet: without a size there is nothing to hold the upload to (404); with one it goes.
    expect((await post(hash, A1001, { offset: 0, data: content.subarray(0, ATTACHMENT_CHUNK_BYTES) })).statusCode).toBe(404);
    for (let offset = 0; offset < content.length; offset += ATTACHMENT_CHUNK_BYTES) {
      expect((await post(hash, A1001, { offset, size: content.length, data: content.subarray(offset, offset + ATTACHMENT_CHUNK_BYTES) })).statusCode).toBe(200);
    }
    // Her desk attaches it and syncs: the upload is already hers, nothing is sent again.
    const { desk, created, pdf } = await honestlyAttached(content, false);
    const sent: number[] = [];
    const real = desk.ctx.contentTransport!;
    await uploadAttachments(desk.ctx, { ...real, uploadChunk: (sha, chunk) => (sent.push(chunk.offset), real.uploadChunk(sha, chunk)) });
    expect(sent).toEqual([]);
    expect(queuedUploads(desk.db)).toEqual([]);
    await leadOpens(created, pdf, content);
  });

  it('on a desk two people use, each person\'s contents are sent under their own sign-in: an upload proves possession for its uploader only', async () => {
    const content = pdfOf(0x37);
    const { desk, created, pdf } = await honestlyAttached(content, false);
    // 李强 signs in at 王芳's desk: her queued content waits for her (under his token it would count as his).
    signInAs(desk, L2001);
    const sent: number[] = [];
    const asLead = inProcessContentTransport(server, () => tokens.L2001!);
    await uploadAttachments(desk.ctx, { ...asLead, uploadChunk: (sha, chunk) => (sent.push(chunk.offset), asLead.uploadChunk(sha, chunk)) });
    expect(sent).toEqual([]);
    expect(queuedUploads(desk.db)).toEqual([{ sha256: pdf.sha256, size: content.length, sent: 0 }]);
    // She signs in again: her desk sends it, and it opens for her lead.
    signInAs(desk, A1001);
    expect(await uploadAttachments(desk.ctx, desk.ctx.contentTransport!)).toEqual({ remaining: false });
    expect(queuedUploads(desk.db)).toEqual([]);
    await leadOpens(created, pdf, content);
  });

  it('bad sizes are a 4xx with a reason, never a 5xx', async () => {
    const content = pdfOf(0x36);
    const hash = sha256(content);
    const tooBig = await post(hash, A1001, { offset: 0, size: 60 * 1024 * 1024, data: content.subarray(0, 10) });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.fields).toEqual([{ path: 'size', code: 'too_big' }]);
    expect((await post(hash, A1001, { offset: 0, size: 0, data: content.subarray(0, 10) })).statusCode).toBe(400);
    // An attachment claiming more than any desk may attach: its upload is refused by name.
    await claimedByAttacker(hash, 60 * 1024 * 1024);
    const claimed = await post(hash, A2001, { offset: 0, data: content.subarray(0, 10) });
    expect(claimed.statusCode).toBe(400);
    expect(claimed.json().error.fields).toEqual([{ path: 'sha256', code: 'content_too_large' }]);
    // A size other than the one an upload began with discards it.
    expect((await post(hash, A1001, { offset: 0, size: content.length, data: content.subarray(0, 10) })).statusCode).toBe(200);
    const changed = await post(hash, A1001, { offset: 10, size: content.length + 1, data: content.subarray(10, 20) });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.fields).toEqual([{ path: 'data', code: 'content_mismatch' }]);
  });
});
