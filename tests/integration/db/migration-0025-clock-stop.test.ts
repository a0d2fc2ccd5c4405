import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { deskFileSteps, insertComplaintRow, tableKind } from '../../support/desk-migrations';

const steps = deskFileSteps();
const marks = `SELECT complaint_id, person_id, state, shown_at FROM reminder_marks ORDER BY complaint_id, person_id, state`;
/** The version just before 25 (numbers are assigned ahead, so the one before may not be 24). */
const before25 = Math.max(...MIGRATIONS.map((m) => m.version).filter((v) => v < 25));

describe('migration 25: the clock stop (挂起) columns and the suspension and first-contact reminders', () => {
  it('adds suspended_ms (0) and suspended_since (null) to every complaint and keeps the reminder marks', () => {
    const { path, db: old } = steps.at(before25);
    insertComplaintRow(old, 'c1');
    const mark = old.prepare('INSERT INTO reminder_marks (complaint_id, person_id, state, shown_at) VALUES (?, ?, ?, ?)');
    mark.run('c1', 'A1001', 'dueSoon', '2026-11-25T04:00:00.000Z');
    expect(() => mark.run('c1', 'L3003', 'suspensionApproval', 'now')).toThrow(/CHECK/);
    const before = old.prepare(marks).all();
    old.close();

    const db = steps.reopenAt(path, 25);
    expect(db.prepare('SELECT suspended_ms, suspended_since FROM complaints WHERE id = ?').get('c1')).toEqual({ suspended_ms: 0, suspended_since: null });
    expect(db.prepare(marks).all()).toEqual(before);
    expect(tableKind(db, 'reminder_marks')).toBe('strict');
    const mark25 = db.prepare('INSERT INTO reminder_marks (complaint_id, person_id, state, shown_at) VALUES (?, ?, ?, ?)');
    mark25.run('c1', 'L3003', 'suspensionApproval', '2026-12-08T05:00:00.000Z');
    mark25.run('c1', 'A1001', 'firstContact', '2026-12-08T05:00:00.000Z');
    expect(() => mark25.run('c1', 'L3003', 'forgotten', 'now')).toThrow(/CHECK/);
    db.close();
  });
});
