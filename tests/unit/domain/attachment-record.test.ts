import { describe, expect, it } from 'vitest';
import { attachFile, removeAttachment, type Attachment } from '../../../shared/domain/attachments/attachment';
import { attachmentRecordOf, newAttachmentFor, recordedAttachmentFor } from '../../../shared/domain/attachments/attachment-record';
import type { TimelineEvent } from '../../../shared/domain/complaint';
import { isRefusal, type Refusal } from '../../../shared/domain/refusal';
import { localeKeys } from '../../support/locales';
import { HANDLER, NOW, OTHER_AGENT, newComplaint } from '../../support/workflow';

const complaint = newComplaint();
const pdf: Attachment = {
  id: 'att-1',
  complaintId: complaint.id,
  name: '定损单.pdf',
  size: 1234,
  sha256: 'a'.repeat(64),
  mediaType: 'application/pdf',
  addedAt: NOW.toISOString(),
  addedBy: { id: HANDLER.id, name: HANDLER.name },
};

/** The events a real attach (and removal) write, as the server's timeline holds them. */
function added(attachment = pdf, actor = HANDLER): TimelineEvent {
  const result = attachFile(complaint, { eventId: `add-${attachment.id}-${actor.id}`, attachment }, actor, NOW);
  return result.events[0]!;
}
function removed(attachment = pdf): TimelineEvent {
  const result = removeAttachment(complaint, { eventId: `remove-${attachment.id}`, attachment, reason: '传错文件' }, HANDLER, NOW);
  if (isRefusal(result)) throw new Error(result.messageKey);
  return result.events[0]!;
}
const refusalOf = (value: Attachment | Refusal) => (isRefusal(value) ? value.code : 'accepted');

describe('the recorded attachment a removal acts on', () => {
  it('is the first attachment.added with the id, removed once a tombstone follows it', () => {
    const other = { ...pdf, id: 'att-2', sha256: 'b'.repeat(64) };
    expect(attachmentRecordOf([], pdf.id)).toBeNull();
    expect(attachmentRecordOf([added(other)], pdf.id)).toBeNull();
    expect(attachmentRecordOf([added(other), added()], pdf.id)).toEqual({ attachment: pdf, removed: false });
    expect(attachmentRecordOf([added(), removed(other)], pdf.id)?.removed).toBe(false);
    expect(attachmentRecordOf([added(), removed()], pdf.id)?.removed).toBe(true);
    // Someone adding again under the same id does not become its adder.
    const reused = added({ ...pdf, addedBy: { id: OTHER_AGENT.id, name: OTHER_AGENT.name } }, OTHER_AGENT);
    expect(attachmentRecordOf([added(), reused], pdf.id)?.attachment.addedBy.id).toBe(HANDLER.id);
  });

  it('is the record, not the claim, when the claim agrees on complaint, content and adder', () => {
    const record = { attachment: pdf, removed: false };
    expect(recordedAttachmentFor(pdf, record)).toBe(pdf);
    // Names and times are display; an employee number is the same person in any case.
    const sameThing = { ...pdf, name: 'renamed.pdf', addedAt: '2026-01-01T00:00:00.000Z', addedBy: { id: 'a1001', name: '另一个名字' } };
    expect(recordedAttachmentFor(sameThing, record)).toBe(pdf);
  });

  it('refuses an attachment never added, a claim that disagrees, and one already removed', () => {
    const record = { attachment: pdf, removed: false };
    expect(refusalOf(recordedAttachmentFor(pdf, null))).toBe('attachment_unknown');
    expect(refusalOf(recordedAttachmentFor({ ...pdf, addedBy: { id: OTHER_AGENT.id, name: OTHER_AGENT.name } }, record))).toBe('attachment_mismatch');
    expect(refusalOf(recordedAttachmentFor({ ...pdf, sha256: 'c'.repeat(64) }, record))).toBe('attachment_mismatch');
    expect(refusalOf(recordedAttachmentFor({ ...pdf, complaintId: 'another-complaint' }, record))).toBe('attachment_mismatch');
    expect(refusalOf(recordedAttachmentFor({ ...pdf, id: 'att-9' }, record))).toBe('attachment_mismatch');
    expect(refusalOf(recordedAttachmentFor(pdf, { attachment: pdf, removed: true }))).toBe('attachment_already_removed');
  });

  it('takes a new attachment only under an id its complaint has not recorded, removed or not', () => {
    expect(newAttachmentFor(pdf, null)).toBe(pdf);
    expect(refusalOf(newAttachmentFor(pdf, { attachment: pdf, removed: false }))).toBe('attachment_id_taken');
    expect(refusalOf(newAttachmentFor(pdf, { attachment: pdf, removed: true }))).toBe('attachment_id_taken');
  });

  it.each(['zh-CN', 'en'])('has a %s text for every refusal', (language) => {
    const keys = localeKeys(language);
    const refusals = [
      recordedAttachmentFor(pdf, null),
      recordedAttachmentFor({ ...pdf, sha256: 'c'.repeat(64) }, { attachment: pdf, removed: false }),
      recordedAttachmentFor(pdf, { attachment: pdf, removed: true }),
      newAttachmentFor(pdf, { attachment: pdf, removed: false }),
    ].flatMap((r) => (isRefusal(r) ? [r.messageKey] : []));
    expect(refusals).toHaveLength(4);
    expect(refusals.filter((key) => !keys.has(key))).toEqual([]);
  });
});
