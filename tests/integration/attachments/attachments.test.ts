import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/domain/attachments/attachment';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { makeTestDesk, validIntake } from '../../support/desk';
import { SAMPLE_ELF, SAMPLE_PDF, SAMPLE_PNG, SAMPLE_TEXT } from '../../support/sample-files';
import { countRows, valueOf } from '../../support/results';
import { complaintAtStage, signInAs } from '../../support/workflow-desk';
import { validStageData } from '../../support/workflow';
import { purgeExpiredComplaints, RETENTION_DAYS_KEY } from '../../../core/use-cases/retention/purge-expired';
import { existsSync } from 'node:fs';

const desks: ReturnType<typeof makeTestDesk>[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.close()));

async function deskWithComplaint(options: { key?: Buffer | null } = {}) {
  const desk = makeTestDesk({ key: options.key === null ? undefined : (options.key ?? TEST_DATABASE_KEY) });
  desks.push(desk);
  const complaint = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake()));
  return { desk, complaint };
}

const attach = (desk: ReturnType<typeof makeTestDesk>, complaintId: string, name: string, content: Buffer) =>
  desk.dispatch('attachments.add', { complaintId, name, contentBase64: content.toString('base64') });

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('attachments', () => {
  it('stores a PDF and an image under their SHA-256, lists them and gives the same bytes back', async () => {
    const { desk, complaint } = await deskWithComplaint();
    const pdf = valueOf<Attachment>(await attach(desk, complaint.id, 'C:\\scans\\理赔申请.pdf', SAMPLE_PDF));
    const png = valueOf<Attachment>(await attach(desk, complaint.id, 'photo.png', SAMPLE_PNG));
    expect(pdf).toMatchObject({ name: '理赔申请.pdf', mediaType: 'application/pdf', size: SAMPLE_PDF.length });
    expect(pdf.sha256).toBe(createHash('sha256').update(SAMPLE_PDF).digest('hex'));
    expect(png.mediaType).toBe('image/png');
    expect(valueOf<Attachment[]>(await desk.dispatch('attachments.list', { complaintId: complaint.id })).map((a) => a.id)).toEqual([pdf.id, png.id]);
    const content = valueOf<{ contentBase64: string }>(await desk.dispatch('attachments.content', { id: pdf.id }));
    expect(Buffer.from(content.contentBase64, 'base64').equals(SAMPLE_PDF)).toBe(true);
    const stored = join(desk.dir, 'attachments', pdf.sha256.slice(0, 2), pdf.sha256);
    expect(statSync(stored).mode & 0o777).toBe(0o600);
  });

  it('writes no plaintext of an attached file anywhere in the data directory', async () => {
    const { desk, complaint } = await deskWithComplaint();
    valueOf(await attach(desk, complaint.id, 'form.pdf', SAMPLE_PDF));
    desk.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of filesUnder(desk.dir)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from('Claim form 42')), file).toBe(false);
      expect(bytes.includes(SAMPLE_PDF.subarray(0, 64)), file).toBe(false);
    }
  });

  it('stores the same content once, and a stored file changed on disk is refused rather than shown', async () => {
    const { desk, complaint } = await deskWithComplaint();
    const a = valueOf<Attachment>(await attach(desk, complaint.id, 'a.png', SAMPLE_PNG));
    const b = valueOf<Attachment>(await attach(desk, complaint.id, 'b.png', SAMPLE_PNG));
    expect(a.sha256).toBe(b.sha256);
    expect(filesUnder(join(desk.dir, 'attachments'))).toHaveLength(1);
    const vault = desk.ctx.attachments!;
    const path = join(desk.dir, 'attachments', a.sha256.slice(0, 2), a.sha256);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    (await import('node:fs')).writeFileSync(path, bytes);
    expect(() => vault.get(a.sha256)).toThrow();
  });

  it('takes the type from the content: a renamed executable, plain text and an empty file are refused, nothing stored', async () => {
    const { desk, complaint } = await deskWithComplaint();
    for (const [name, content] of [['invoice.pdf', SAMPLE_ELF], ['photo.jpg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)])], ['notes.pdf', SAMPLE_TEXT]] as const) {
      const result = await attach(desk, complaint.id, name, content);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'validation', messageKey: 'attachments.error.typeNotAllowed' } });
    }
    expect(await attach(desk, complaint.id, 'empty.pdf', Buffer.alloc(0))).toMatchObject({ ok: false, error: { messageKey: 'attachments.error.empty' } });
    expect(countRows(desk.db, 'attachments')).toBe(0);
    expect(() => filesUnder(join(desk.dir, 'attachments'))).toThrow();
  });

  it('refuses a file over the size setting with the limit in the message', async () => {
    const { desk, complaint } = await deskWithComplaint();
    signInAs(desk, { id: 'ADM', name: '管理员', role: 'admin' });
    valueOf(await desk.dispatch('settings.attachments.set', { maxBytes: 1024 }));
    signInAs(desk, { id: 'A1001', name: '王芳', role: 'agent' });
    const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(2048, 0x20)]);
    expect(await attach(desk, complaint.id, 'big.pdf', big)).toMatchObject({ ok: false, error: { messageKey: 'attachments.error.tooLarge', params: { maxMb: 1 } } });
    expect(await desk.dispatch('settings.attachments.set', { maxBytes: 1024 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('puts each attachment on the timeline and in the outbox, and removal is a tombstone with its reason', async () => {
    const { desk, complaint } = await deskWithComplaint();
    const pdf = valueOf<Attachment>(await attach(desk, complaint.id, 'form.pdf', SAMPLE_PDF));
    expect(await desk.dispatch('attachments.remove', { id: pdf.id, reason: '  ' })).toMatchObject({ ok: false, error: { messageKey: 'attachments.validation.reasonRequired' } });
    signInAs(desk, { id: 'A2002', name: '李强', role: 'agent' });
    expect(await desk.dispatch('attachments.remove', { id: pdf.id, reason: 'wrong file' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    signInAs(desk, { id: 'A1001', name: '王芳', role: 'agent' });
    valueOf(await desk.dispatch('attachments.remove', { id: pdf.id, reason: '传错了文件' }));
    expect(valueOf<Attachment[]>(await desk.dispatch('attachments.list', { complaintId: complaint.id }))).toEqual([]);
    expect(await desk.dispatch('attachments.content', { id: pdf.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const { timeline } = valueOf<{ timeline: TimelineEvent[] }>(await desk.dispatch('complaints.get', { id: complaint.id }));
    const added = timeline.find((e) => e.kind === 'attachment.added');
    const removed = timeline.find((e) => e.kind === 'attachment.removed');
    expect(added).toMatchObject({ actor: { id: 'A1001', name: '王芳' }, data: { attachmentId: pdf.id, name: 'form.pdf', size: SAMPLE_PDF.length, sha256: pdf.sha256 } });
    expect(removed).toMatchObject({ data: { attachmentId: pdf.id, sha256: pdf.sha256, reason: '传错了文件' } });
    expect(desk.db.prepare('SELECT removed_at IS NOT NULL AS gone FROM attachments WHERE id = ?').get(pdf.id)).toEqual({ gone: 1 });
    const names = desk.db.prepare('SELECT name FROM outbox ORDER BY rowid').pluck().all();
    expect(names).toEqual(['complaint.create', 'complaint.attachFile', 'complaint.removeAttachment']);
  });

  it('refuses attachments on a desk opened without a database key', async () => {
    const { desk, complaint } = await deskWithComplaint({ key: null });
    expect(await attach(desk, complaint.id, 'form.pdf', SAMPLE_PDF)).toMatchObject({ ok: false, error: { messageKey: 'attachments.error.noVault' } });
  });

  it('keeps a recording reference on the complaint (timeline) and on a call', async () => {
    const { desk, complaint } = await deskWithComplaint();
    const result = valueOf<{ complaint: Complaint }>(
      await desk.dispatch('complaints.setRecordingRef', { id: complaint.id, baseVersion: complaint.version, recordingRef: 'https://pbx.example/rec/20261125-0815.wav' }),
    );
    expect(result.complaint.recordingRef).toBe('https://pbx.example/rec/20261125-0815.wav');
    expect(await desk.dispatch('complaints.setRecordingRef', { id: complaint.id, baseVersion: result.complaint.version, recordingRef: 'javascript:alert(1)' })).toMatchObject({ ok: false });
    desk.db.prepare("INSERT INTO calls (id, number, direction, source, started_at) VALUES ('c-1', '13800138000', 'in', 'http', '2026-11-25T02:00:00Z')").run();
    expect(valueOf(await desk.dispatch('calls.setRecordingRef', { callId: 'c-1', recordingRef: 'REC-778812' }))).toMatchObject({ recordingRef: 'REC-778812' });
  });

  it('deletes the encrypted files of complaints the retention purge removes, unless a kept complaint shares them', async () => {
    const desk = makeTestDesk({ key: TEST_DATABASE_KEY, now: new Date('2026-11-26T02:00:00.000Z') });
    desks.push(desk);
    desk.ctx.settings.set(RETENTION_DAYS_KEY, 30);
    const atClosure = await complaintAtStage(desk, 'closure');
    const ending = valueOf<Attachment>(await attach(desk, atClosure.id, 'only-here.pdf', SAMPLE_PDF));
    const shared = valueOf<Attachment>(await attach(desk, atClosure.id, 'shared.png', SAMPLE_PNG));
    valueOf(await desk.dispatch('complaints.advance', { id: atClosure.id, baseVersion: atClosure.version, stage: 'closure', data: validStageData().closure }));
    const open = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake()));
    valueOf(await attach(desk, open.id, 'same-photo.png', SAMPLE_PNG));
    const fileOf = (a: Attachment) => join(desk.dir, 'attachments', a.sha256.slice(0, 2), a.sha256);
    desk.setNow(new Date('2027-02-01T00:00:00.000Z'));
    expect(purgeExpiredComplaints(desk.ctx)).toMatchObject({ complaints: 1, files: 1, linkedRows: { attachments: 2 } });
    expect(existsSync(fileOf(ending))).toBe(false);
    expect(existsSync(fileOf(shared))).toBe(true);
    expect(valueOf<Attachment[]>(await desk.dispatch('attachments.list', { complaintId: open.id }))).toHaveLength(1);
  });
});
