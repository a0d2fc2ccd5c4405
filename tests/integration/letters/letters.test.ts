import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import { makeTestDesk } from '../../support/desk';
import { valueOf } from '../../support/results';
import { complaintAtStage } from '../../support/workflow-desk';

const desks: ReturnType<typeof makeTestDesk>[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.close()));

/** The PDF read back by another program (poppler's pdftotext), whitespace folded. */
function pdfText(desk: ReturnType<typeof makeTestDesk>, base64: string): string {
  const file = join(desk.dir, 'letter.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
const folded = (text: string) => text.replace(/\s+/g, '');

describe('letters', () => {
  it('writes the decision letter (处理决定告知书) with the decision and the four remedies, Chinese font embedded', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    const complaint = await complaintAtStage(desk, 'execution', { customerName: '张伟' });
    const letter = valueOf<{ fileName: string; contentBase64: string; sha256: string }>(
      await desk.dispatch('letters.generate', { complaintId: complaint.id, kind: 'decision', language: 'zh-CN' }),
    );
    expect(letter.fileName).toBe(`${complaint.number}-decision-zh-CN.pdf`);
    const pdf = Buffer.from(letter.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile[23]?|NotoSansCJK/);
    const text = pdfText(desk, letter.contentBase64);
    for (const expected of [
      '投诉处理决定告知书',
      `投诉编号：${complaint.number}`,
      '尊敬的张伟：',
      '重新解释条款并补偿部分差额',
      '理赔主管电话解释折旧条款',
      '自收到本告知书之日起30日内向我公司申请核查（复核）',
      '申请调解',
      '申请仲裁',
      '向人民法院提起诉讼',
      '2026年11月25日',
    ]) {
      expect(text, expected).toContain(folded(expected));
    }
  });

  it('writes the acknowledgement in English with the due date, and refuses a decision or extension notice the complaint cannot support yet', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    const complaint = await complaintAtStage(desk, 'registration', { customerName: 'Li Na' });
    const ack = valueOf<{ contentBase64: string }>(await desk.dispatch('letters.generate', { complaintId: complaint.id, kind: 'acknowledgement', language: 'en' }));
    const text = pdfText(desk, ack.contentBase64);
    for (const expected of ['Acknowledgement of Receipt of Complaint', 'Dear Li Na,', complaint.number, 'within 15 days, by 10 December 2026']) {
      expect(text, expected).toContain(folded(expected));
    }
    expect(await desk.dispatch('letters.generate', { complaintId: complaint.id, kind: 'decision', language: 'zh-CN' })).toMatchObject({
      ok: false,
      error: { code: 'refused', messageKey: 'letters.unavailable.noDecision' },
    });
    expect(await desk.dispatch('letters.generate', { complaintId: complaint.id, kind: 'extension', language: 'zh-CN' })).toMatchObject({
      ok: false,
      error: { messageKey: 'letters.unavailable.noExtension' },
    });
  });

  it('heads a Chinese notice in Chinese and an English one in English by default; a letterhead the organisation set heads both', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    const complaint = await complaintAtStage(desk, 'registration');
    const textOf = async (language: 'zh-CN' | 'en') =>
      pdfText(desk, valueOf<{ contentBase64: string }>(await desk.dispatch('letters.generate', { complaintId: complaint.id, kind: 'acknowledgement', language })).contentBase64);
    const zh = await textOf('zh-CN');
    expect(zh).toContain('客户服务中心');
    expect(zh).not.toMatch(/Customer|Service|Centre/);
    const en = await textOf('en');
    expect(en).toContain(folded('Customer Service Centre'));
    expect(en).not.toContain('客户服务中心');
    desk.ctx.settings.set('letters', { fontPath: (await import('../../../core/letters/letter-pdf')).DEFAULT_CJK_FONT_PATH, letterhead: '平安保险上海分公司客服部' });
    expect(await textOf('en')).toContain('平安保险上海分公司客服部');
    expect(await textOf('zh-CN')).toContain('平安保险上海分公司客服部');
  });

  it('says which font is missing instead of failing obscurely', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    desk.ctx.settings.set('letters', { fontPath: '/nowhere/font.ttc', letterhead: 'X' });
    const complaint = await complaintAtStage(desk, 'registration');
    expect(await desk.dispatch('letters.generate', { complaintId: complaint.id, kind: 'acknowledgement', language: 'zh-CN' })).toMatchObject({
      ok: false,
      error: { messageKey: 'letters.error.fontMissing', params: { path: '/nowhere/font.ttc' } },
    });
  });

  it('records on the timeline that a letter was sent, how and when', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    const complaint = await complaintAtStage(desk, 'registration');
    const sentAt = '2026-11-25T01:30:00.000Z';
    expect(await desk.dispatch('letters.recordSent', { complaintId: complaint.id, letter: 'decision', language: 'zh-CN', method: 'letter', sentAt })).toMatchObject({ ok: false, error: { messageKey: 'letters.unavailable.noDecision' } });
    expect(await desk.dispatch('letters.recordSent', { complaintId: complaint.id, letter: 'acknowledgement', language: 'zh-CN', method: 'letter', sentAt: '2027-01-01T00:00:00Z' })).toMatchObject({ ok: false, error: { messageKey: 'letters.validation.sentAtFuture' } });
    valueOf(await desk.dispatch('letters.recordSent', { complaintId: complaint.id, letter: 'acknowledgement', language: 'zh-CN', method: 'email', sentAt }));
    const { timeline, complaint: after } = valueOf<{ timeline: TimelineEvent[]; complaint: Complaint }>(await desk.dispatch('complaints.get', { id: complaint.id }));
    expect(timeline.at(-1)).toMatchObject({ kind: 'letter.sent', actor: { id: 'A1001' }, data: { letter: 'acknowledgement', method: 'email', sentAt } });
    expect(after.version).toBe(complaint.version);
  });
});
