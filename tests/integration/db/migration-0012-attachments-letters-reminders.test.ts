import { describe, expect, it } from 'vitest';
import { columnsOf, deskFileSteps, indexesOf, insertCallRow, insertComplaintRow, tableKind } from '../../support/desk-migrations';

const steps = deskFileSteps();
const sha = 'a'.repeat(64);
const person = JSON.stringify({ id: 'A1001', name: '王芳', role: 'agent' });
const insertAttachment = `INSERT INTO attachments (id, complaint_id, sha256, name, size, media_type, added_at, added_by)
  VALUES (@id, @complaint_id, @sha256, '保单.pdf', @size, 'application/pdf', '2026-11-25T03:00:00.000Z', @added_by)`;
const attachment = { id: 'att-1', complaint_id: 'c1', sha256: sha, size: 1024, added_by: person };

// Letters sent need no table of their own: they are timeline events (letter.sent). The migration is named after its branch.
describe('migration 12: attachments, reminder marks and call recordings', () => {
  it('adds the three tables beside the complaints and calls written before it, with their checks, keys and indexes', () => {
    const { path, db: old } = steps.at(11);
    insertComplaintRow(old, 'c1');
    insertCallRow(old, 'call-1', 'c1');
    for (const table of ['attachments', 'reminder_marks', 'call_recordings']) expect(tableKind(old, table)).toBe('none');
    old.close();

    const db = steps.reopenAt(path, 12);
    expect(db.prepare('SELECT id FROM complaints').pluck().all()).toEqual(['c1']);
    expect(db.prepare('SELECT id, complaint_id FROM calls').all()).toEqual([{ id: 'call-1', complaint_id: 'c1' }]);

    // Attachments: metadata only, never deleted (removed_at / removed_by), looked up by complaint and by content.
    expect(tableKind(db, 'attachments')).toBe('strict');
    expect(columnsOf(db, 'attachments')).toEqual([
      'id', 'complaint_id', 'sha256', 'name', 'size', 'media_type', 'added_at', 'added_by', 'removed_at', 'removed_by',
    ]);
    expect(indexesOf(db, 'attachments')).toEqual(['attachments_complaint', 'attachments_sha256']);
    db.prepare(insertAttachment).run(attachment);
    expect(db.prepare('SELECT removed_at, removed_by FROM attachments').get()).toEqual({ removed_at: null, removed_by: null });
    expect(() => db.prepare(insertAttachment).run({ ...attachment, id: 'att-2', sha256: 'abc' })).toThrow(/CHECK/);
    expect(() => db.prepare(insertAttachment).run({ ...attachment, id: 'att-3', size: -1 })).toThrow(/CHECK/);
    expect(() => db.prepare(insertAttachment).run({ ...attachment, id: 'att-4', added_by: 'not json' })).toThrow(/CHECK/);
    expect(() => db.prepare(insertAttachment).run({ ...attachment, id: 'att-5', complaint_id: 'no-such' })).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE attachments SET removed_by = 'not json'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE attachments SET removed_at = '2026-11-26T00:00:00.000Z', removed_by = ?").run(person);

    // Reminder marks: one per complaint, person and deadline state (due soon or overdue only, at this version).
    expect(tableKind(db, 'reminder_marks')).toBe('strict');
    const mark = db.prepare("INSERT INTO reminder_marks (complaint_id, person_id, state, shown_at) VALUES ('c1', 'A1001', ?, '2026-11-25T04:00:00.000Z')");
    mark.run('dueSoon');
    mark.run('overdue');
    expect(() => mark.run('dueSoon')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => mark.run('needsReview')).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO reminder_marks (complaint_id, person_id, state, shown_at) VALUES ('no-such', 'A1001', 'overdue', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);

    // A call's PBX recording reference, one per call, in its own table (calls keeps the softphone's facts).
    expect(tableKind(db, 'call_recordings')).toBe('strict');
    expect(columnsOf(db, 'call_recordings')).toEqual(['call_id', 'recording_ref']);
    expect(columnsOf(db, 'calls')).not.toContain('recording_ref');
    const recording = db.prepare('INSERT INTO call_recordings (call_id, recording_ref) VALUES (?, ?)');
    recording.run('call-1', 'pbx://rec/1');
    expect(() => recording.run('call-1', 'pbx://rec/2')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => recording.run('no-such-call', 'pbx://rec/3')).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
