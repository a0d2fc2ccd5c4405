import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentTransport } from '../../../core/sync/content-transport';
import { SyncRunner } from '../../../core/sync/sync-runner';
import { syncOnce } from '../../../core/sync/sync-once';
import { uploadAttachments } from '../../../core/sync/upload-attachments';
import { ServerUnreachable } from '../../../core/server-link/http-request';
import { markSent, queuedUploads } from '../../../db/repositories/attachment-uploads';
import type { AttachmentTransfer } from '../../../shared/api/attachments';
import type { Attachment } from '../../../shared/domain/attachments/attachment';
import type { Complaint } from '../../../shared/domain/complaint';
import { ATTACHMENT_CHUNK_BYTES, CONTENT_ROUTES } from '../../../shared/sync/attachment-content';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { makeTestDesk, validIntake } from '../../support/desk';
import { SAMPLE_PDF } from '../../support/sample-files';
import { inProcessContentTransport, inProcessTransport } from '../../support/sync-desks';
import { valueOf, type TestDesk } from '../../support/workflow-desk';
import { BACKENDS } from '../server/support/backends';
import { startTestServer, type TestServer } from '../server/support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };
type Person = typeof A1001 | typeof L2001;

/** A PDF of three chunks and a bit (its type is in its first bytes; the rest is padding a reader ignores). */
const bigPdf = (fill: number) => Buffer.concat([SAMPLE_PDF, Buffer.alloc(3 * ATTACHMENT_CHUNK_BYTES + 1000, fill)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(BACKENDS)('attachment contents through the real server (%s)', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const desks: TestDesk[] = [];

  beforeAll(async () => {
    server = await startTestServer(backend, { limits: { callsPerUser: { max: 1_000_000, windowSeconds: 60 } } });
    for (const no of ['A1001', 'L2001', 'B2002', 'L2002']) tokens[no] = (await server.signIn(no)).accessToken;
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
  const status = async (sha: string, as = 'A1001') => server.call('GET', CONTENT_ROUTES.upload(sha), { token: tokens[as] });
  const chunk = (sha: string, offset: number, data: Buffer, as = 'A1001') =>
    server.call('POST', CONTENT_ROUTES.upload(sha), { token: tokens[as], body: { offset, data: data.toString('base64') } });
  const storedChunks = async (sha: string) => Number((await server.database.pool.query('SELECT count(*) AS n FROM attachment_chunks WHERE sha256 = $1', [sha])).rows[0].n);

  /** Desk A files a complaint with the PDF and pushes it: the server knows the attachment, not yet its content. */
  async function attachedAndPushed(content: Buffer) {
    const a = deskOf(A1001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    const pdf = valueOf<Attachment>(await a.dispatch('attachments.add', { complaintId: created.id, name: '定损单.pdf', contentBase64: content.toString('base64') }));
    await sync(a, A1001);
    return { a, created, pdf };
  }

  it('the agent\'s PDF is queued with it, uploads in chunks, resumes from the server\'s offset after a dropped link, and opens on the lead\'s desk', async () => {
    const content = bigPdf(0x20);
    const { a, created, pdf } = await attachedAndPushed(content);
    expect(queuedUploads(a.db)).toEqual([{ sha256: pdf.sha256, size: content.length, sent: 0 }]);
    expect((await status(pdf.sha256)).json()).toEqual({ size: content.length, received: 0, complete: false });

    // The link drops after the first chunk.
    const real = a.ctx.contentTransport!;
    const offsets: number[] = [];
    let chunksLeft = 1;
    const flaky: ContentTransport = {
      ...real,
      uploadChunk: async (sha, c) => {
        if (chunksLeft-- <= 0) throw new ServerUnreachable('unreachable');
        offsets.push(c.offset);
        return real.uploadChunk(sha, c);
      },
    };
    await expect(uploadAttachments(a.ctx, flaky)).rejects.toThrow(ServerUnreachable);
    expect((await status(pdf.sha256)).json()).toMatchObject({ received: ATTACHMENT_CHUNK_BYTES, complete: false });
    // The desk is killed before it noted the progress: it resumes where the server is, not where it thinks it is.
    markSent(a.db, pdf.sha256, 0);
    chunksLeft = Number.POSITIVE_INFINITY;
    const progress: { done: number; total: number }[] = [];
    const transfers: unknown[] = [];
    a.ctx.events.subscribe((name, payload) => void (name === 'attachments.transfer' && transfers.push(payload)));
    expect(await uploadAttachments(a.ctx, flaky, { progress: (p) => progress.push(p) })).toEqual({ remaining: false });
    expect(offsets).toEqual([0, 1, 2, 3].map((i) => i * ATTACHMENT_CHUNK_BYTES));
    expect(progress.at(-1)).toEqual({ done: content.length, total: content.length });
    expect(transfers.at(-1)).toEqual({ sha256: pdf.sha256, direction: 'upload', done: content.length, total: content.length, finished: true });
    expect(queuedUploads(a.db)).toEqual([]);
    expect((await status(pdf.sha256)).json()).toEqual({ size: content.length, received: content.length, complete: true });

    const b = deskOf(L2001);
    await sync(b, L2001);
    expect(valueOf<Attachment[]>(await b.dispatch('attachments.list', { complaintId: created.id }))).toEqual([pdf]);
    expect(valueOf<AttachmentTransfer[]>(await b.dispatch('attachments.transfers', { complaintId: created.id }))).toEqual([
      { attachmentId: pdf.id, state: 'notDownloaded', done: 0, total: content.length },
    ]);
    const opened = valueOf<{ contentBase64: string }>(await b.dispatch('attachments.content', { id: pdf.id }));
    expect(Buffer.from(opened.contentBase64, 'base64').equals(content)).toBe(true);
    expect(b.ctx.attachments!.get(pdf.sha256).equals(content)).toBe(true);
    expect(valueOf<AttachmentTransfer[]>(await b.dispatch('attachments.transfers', { complaintId: created.id }))).toEqual([]);
  });

  it('the sync runner uploads in the background after its push, a chunk or more per round, with progress', async () => {
    const a = deskOf(A1001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    const content = bigPdf(0x21);
    const pdf = valueOf<Attachment>(await a.dispatch('attachments.add', { complaintId: created.id, name: 'scan.pdf', contentBase64: content.toString('base64') }));
    expect(valueOf<AttachmentTransfer[]>(await a.dispatch('attachments.transfers', { complaintId: created.id }))).toEqual([
      { attachmentId: pdf.id, state: 'uploading', done: 0, total: content.length },
    ]);
    const progress: (number | null)[] = [];
    const sentPerRound: number[] = [];
    a.ctx.events.subscribe((name, payload) => {
      if (name !== 'sync.progress') return;
      const p = payload as { syncing: boolean; progress: number | null };
      progress.push(p.progress);
      if (!p.syncing) sentPerRound.push(queuedUploads(a.db)[0]?.sent ?? content.length);
    });
    const finished = new Promise<void>((resolve) => a.ctx.events.subscribe((name, payload) => void (name === 'attachments.transfer' && (payload as { finished: boolean }).finished && resolve())));
    // A budget of 1 ms: each round sends one chunk and asks for the next round at once.
    const runner = new SyncRunner(a.ctx, { transport: inProcessTransport(server, () => tokens.A1001!), pokes: false, enabled: () => true, pollMs: 60_000, uploadBudgetMs: 1 });
    runner.start();
    await finished;
    await runner.stop();
    expect(queuedUploads(a.db)).toEqual([]);
    expect((await status(pdf.sha256)).json()).toMatchObject({ complete: true });
    expect(sentPerRound.slice(0, 4)).toEqual([1, 2, 3, 4].map((i) => Math.min(i * ATTACHMENT_CHUNK_BYTES, content.length)));
    expect(progress).toContain(1);
  });

  it('a tampered chunk fails the hash check on the last chunk: everything is discarded and a 4xx says why', async () => {
    const content = bigPdf(0x22);
    const { pdf } = await attachedAndPushed(content);
    const tampered = Buffer.from(content);
    tampered[ATTACHMENT_CHUNK_BYTES + 5] = 0xff - tampered[ATTACHMENT_CHUNK_BYTES + 5]!;
    for (let offset = 0; offset < content.length; offset += ATTACHMENT_CHUNK_BYTES) {
      const answer = await chunk(pdf.sha256, offset, tampered.subarray(offset, offset + ATTACHMENT_CHUNK_BYTES));
      if (offset + ATTACHMENT_CHUNK_BYTES < content.length) expect(answer.statusCode).toBe(200);
      else {
        expect(answer.statusCode).toBe(400);
        expect(answer.json().error).toMatchObject({ code: 'validation', fields: [{ path: 'data', code: 'content_mismatch' }] });
        expect(answer.json().error.message).toMatch(/SHA-256/);
      }
    }
    expect((await status(pdf.sha256)).json()).toEqual({ size: content.length, received: 0, complete: false });
    expect(await storedChunks(pdf.sha256)).toBe(0);
    expect((await server.call('GET', CONTENT_ROUTES.content(pdf.sha256, 0), { token: tokens.L2001 })).statusCode).toBe(409);

    // A content longer than the attachment's size is refused at once, and discarded too.
    expect((await chunk(pdf.sha256, 0, content.subarray(0, ATTACHMENT_CHUNK_BYTES))).statusCode).toBe(200);
    expect((await chunk(pdf.sha256, ATTACHMENT_CHUNK_BYTES, Buffer.alloc(ATTACHMENT_CHUNK_BYTES))).statusCode).toBe(200);
    expect((await chunk(pdf.sha256, 2 * ATTACHMENT_CHUNK_BYTES, Buffer.alloc(ATTACHMENT_CHUNK_BYTES))).statusCode).toBe(200);
    const tooLong = await chunk(pdf.sha256, 3 * ATTACHMENT_CHUNK_BYTES, Buffer.alloc(ATTACHMENT_CHUNK_BYTES));
    expect(tooLong.statusCode).toBe(400);
    expect(await storedChunks(pdf.sha256)).toBe(0);
  });

  it('only those who see the complaint may upload or download its content: anyone else gets 404, like a hash never added', async () => {
    const content = bigPdf(0x23);
    const { a, pdf } = await attachedAndPushed(content);
    await uploadAttachments(a.ctx, a.ctx.contentTransport!);
    for (const other of ['B2002', 'L2002']) {
      expect((await status(pdf.sha256, other)).statusCode).toBe(404);
      expect((await chunk(pdf.sha256, 0, content.subarray(0, 10), other)).statusCode).toBe(404);
      expect((await server.call('GET', CONTENT_ROUTES.content(pdf.sha256, 0), { token: tokens[other] })).statusCode).toBe(404);
    }
    expect((await status(sha256(Buffer.from('never attached')))).statusCode).toBe(404);
    expect((await server.call('GET', CONTENT_ROUTES.content(pdf.sha256, 0))).statusCode).toBe(401);
    const first = await server.call('GET', CONTENT_ROUTES.content(pdf.sha256, 0), { token: tokens.L2001 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ size: content.length, offset: 0 });
    expect(Buffer.from(first.json().data, 'base64').equals(content.subarray(0, ATTACHMENT_CHUNK_BYTES))).toBe(true);
    const middle = await server.call('GET', CONTENT_ROUTES.content(pdf.sha256, 1000), { token: tokens.L2001 });
    expect(Buffer.from(middle.json().data, 'base64').equals(content.subarray(1000, ATTACHMENT_CHUNK_BYTES))).toBe(true);
  });

  it('bad input is a 4xx, never a 5xx', async () => {
    const content = bigPdf(0x24);
    const { pdf } = await attachedAndPushed(content);
    const post = (path: string, body: unknown) => server.call('POST', path, { token: tokens.A1001, body });
    expect((await status('not-a-hash')).statusCode).toBe(400);
    expect((await status(pdf.sha256.toUpperCase())).statusCode).toBe(400);
    expect((await post(CONTENT_ROUTES.upload(pdf.sha256), { offset: 0, data: 'not base64!' })).statusCode).toBe(400);
    expect((await post(CONTENT_ROUTES.upload(pdf.sha256), { offset: 0, data: 'AAAA', extra: 1 })).statusCode).toBe(400);
    expect((await post(CONTENT_ROUTES.upload(pdf.sha256), { offset: -1, data: 'AAAA' })).statusCode).toBe(400);
    expect((await post(CONTENT_ROUTES.upload(pdf.sha256), { offset: 0, data: Buffer.alloc(ATTACHMENT_CHUNK_BYTES + 3).toString('base64') })).statusCode).toBe(400);
    expect((await post(CONTENT_ROUTES.upload(pdf.sha256), [])).statusCode).toBe(400);
    expect((await server.call('POST', CONTENT_ROUTES.upload(pdf.sha256), { token: tokens.A1001, payload: '{', headers: { 'content-type': 'application/json' } })).statusCode).toBe(400);
    const ahead = await chunk(pdf.sha256, 100, content.subarray(100, 200));
    expect(ahead.statusCode).toBe(409);
    expect(ahead.json().error.fields).toEqual([{ path: 'offset', code: 'offset_mismatch' }]);
    expect((await server.call('GET', `/attachments/${pdf.sha256}/content/abc`, { token: tokens.A1001 })).statusCode).toBe(400);
    expect((await server.call('GET', `${CONTENT_ROUTES.upload(pdf.sha256)}?x=1`, { token: tokens.A1001 })).statusCode).toBe(400);
  });

  it('offline, a content not on this desk is refused with a clear message, and nothing is stored', async () => {
    const { a, created, pdf } = await attachedAndPushed(bigPdf(0x25));
    await uploadAttachments(a.ctx, a.ctx.contentTransport!);
    const b = deskOf(L2001);
    await sync(b, L2001);
    const offline: ContentTransport = {
      uploadStatus: () => Promise.reject(new ServerUnreachable('unreachable')),
      uploadChunk: () => Promise.reject(new ServerUnreachable('unreachable')),
      downloadChunk: () => Promise.reject(new ServerUnreachable('timeout')),
    };
    b.ctx.contentTransport = offline;
    const refused = await b.dispatch('attachments.content', { id: pdf.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'offline', messageKey: 'attachments.error.contentOffline' } });
    expect(b.ctx.attachments!.has(pdf.sha256)).toBe(false);
    expect(valueOf<AttachmentTransfer[]>(await b.dispatch('attachments.transfers', { complaintId: created.id }))).toHaveLength(1);
  });

  it('a content the adding desk has not uploaded yet is refused as "not uploaded", not as missing', async () => {
    const { pdf } = await attachedAndPushed(bigPdf(0x26));
    const b = deskOf(L2001);
    await sync(b, L2001);
    expect(await b.dispatch('attachments.content', { id: pdf.id })).toMatchObject({ ok: false, error: { code: 'refused', messageKey: 'attachments.error.contentNotUploaded' } });
  });
});
