import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { deskFileSteps, insertComplaintRow, tableKind } from '../../support/desk-migrations';

const steps = deskFileSteps();
const marks = `SELECT complaint_id, person_id, state, shown_at FROM reminder_marks ORDER BY complaint_id, person_id, state`;
/** The version just before 24 (numbers are assigned ahead, so the one before may not be 23). */
const before24 = Math.max(...MIGRATIONS.map((m) => m.version).filter((v) => v < 24));

describe('migration 24: agent assist, the escalation reminder', () => {
  it('rebuilds reminder_marks with its rows, now accepting the escalation state', () => {
    const { path, db: old } = steps.at(before24);
    insertComplaintRow(old, 'c1');
    const mark = old.prepare('INSERT INTO reminder_marks (complaint_id, person_id, state, shown_at) VALUES (?, ?, ?, ?)');
    mark.run('c1', 'A1001', 'dueSoon', '2026-11-25T04:00:00.000Z');
    mark.run('c1', 'L3003', 'needsReview', '2026-11-26T04:00:00.000Z');
    expect(() => mark.run('c1', 'L3003', 'escalation', 'now')).toThrow(/CHECK/);
    const before = old.prepare(marks).all();
    old.close();

    const db = steps.reopenAt(path, 24);
    expect(db.prepare(marks).all()).toEqual(before);
    expect(tableKind(db, 'reminder_marks')).toBe('strict');
    expect(tableKind(db, 'reminder_marks_next')).toBe('none');
    const mark24 = db.prepare('INSERT INTO reminder_marks (complaint_id, person_id, state, shown_at) VALUES (?, ?, ?, ?)');
    mark24.run('c1', 'L3003', 'escalation', '2026-12-08T05:00:00.000Z');
    expect(() => mark24.run('c1', 'L3003', 'escalation', 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => mark24.run('c1', 'L3003', 'forgotten', 'now')).toThrow(/CHECK/);
    expect(() => mark24.run('no-such', 'L3003', 'escalation', 'now')).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
