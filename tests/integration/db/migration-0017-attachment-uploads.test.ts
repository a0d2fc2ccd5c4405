import { describe, expect, it } from 'vitest';
import { columnsOf, deskFileSteps, insertComplaintRow, tableKind } from '../../support/desk-migrations';

const steps = deskFileSteps();

describe('migration 17: attachment contents waiting to reach the server', () => {
  it('adds the upload queue, one row per content, with nothing of before queued', () => {
    const { path, db: old } = steps.at(16);
    insertComplaintRow(old, 'c1');
    old.prepare(
      `INSERT INTO attachments (id, complaint_id, sha256, name, size, media_type, added_at, added_by)
       VALUES ('att-1', 'c1', ?, '保单.pdf', 1024, 'application/pdf', '2026-11-25T03:00:00.000Z', '{"id":"A1001"}')`,
    ).run('b'.repeat(64));
    expect(tableKind(old, 'attachment_uploads')).toBe('none');
    old.close();

    const db = steps.reopenAt(path, 17);
    expect(db.prepare('SELECT id FROM attachments').pluck().all()).toEqual(['att-1']);
    // Queued with the attachment, in its transaction, from then on: the migration queues no attachment of before.
    expect(db.prepare('SELECT count(*) FROM attachment_uploads').pluck().get()).toBe(0);
    expect(tableKind(db, 'attachment_uploads')).toBe('strict');
    expect(columnsOf(db, 'attachment_uploads')).toEqual(['sha256', 'size', 'queued_at', 'sent', 'last_error']);

    const queue = db.prepare('INSERT INTO attachment_uploads (sha256, size, queued_at) VALUES (?, ?, ?)');
    queue.run('c'.repeat(64), 2048, '2026-11-25T03:00:00.000Z');
    expect(db.prepare('SELECT sha256, size, sent, last_error FROM attachment_uploads').get()).toEqual({
      sha256: 'c'.repeat(64), size: 2048, sent: 0, last_error: null,
    });
    // One row per content, however many attachments carry it.
    expect(() => queue.run('c'.repeat(64), 2048, 'later')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => queue.run('short', 1, 'now')).toThrow(/CHECK/);
    expect(() => queue.run('d'.repeat(64), -1, 'now')).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE attachment_uploads SET sent = -1').run()).toThrow(/CHECK/);
    db.prepare("UPDATE attachment_uploads SET sent = 1024, last_error = 'offline'").run();
    db.close();
  });
});
