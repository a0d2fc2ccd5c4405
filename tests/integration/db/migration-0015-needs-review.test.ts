import { describe, expect, it } from 'vitest';
import { deskFileSteps, indexesOf, insertComplaintRow, tableKind } from '../../support/desk-migrations';

const steps = deskFileSteps();
const marks = `SELECT complaint_id, person_id, state, shown_at FROM reminder_marks ORDER BY complaint_id, person_id, state`;

describe('migration 15: needs review on the desk', () => {
  it('indexes the flagged complaints and rebuilds reminder_marks with its rows, now accepting the needsReview state', () => {
    const { path, db: old } = steps.at(14);
    insertComplaintRow(old, 'c1');
    insertComplaintRow(old, 'c2');
    old.prepare("UPDATE complaints SET needs_review = 1 WHERE id = 'c2'").run();
    const mark = old.prepare('INSERT INTO reminder_marks (complaint_id, person_id, state, shown_at) VALUES (?, ?, ?, ?)');
    mark.run('c1', 'A1001', 'dueSoon', '2026-11-25T04:00:00.000Z');
    mark.run('c1', 'A1001', 'overdue', '2026-12-10T04:00:00.000Z');
    mark.run('c2', 'L3003', 'dueSoon', '2026-11-26T04:00:00.000Z');
    expect(() => mark.run('c2', 'L3003', 'needsReview', 'now')).toThrow(/CHECK/);
    const before = old.prepare(marks).all();
    old.close();

    const db = steps.reopenAt(path, 15);
    // The marks shown before are all still there, unchanged, in a table of the same name, shape and strictness.
    expect(db.prepare(marks).all()).toEqual(before);
    expect(tableKind(db, 'reminder_marks')).toBe('strict');
    expect(tableKind(db, 'reminder_marks_next')).toBe('none');
    const mark15 = db.prepare('INSERT INTO reminder_marks (complaint_id, person_id, state, shown_at) VALUES (?, ?, ?, ?)');
    mark15.run('c2', 'L3003', 'needsReview', '2026-11-26T05:00:00.000Z');
    expect(() => mark15.run('c2', 'L3003', 'needsReview', 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => mark15.run('c2', 'L3003', 'forgotten', 'now')).toThrow(/CHECK/);
    expect(() => mark15.run('no-such', 'L3003', 'overdue', 'now')).toThrow(/FOREIGN KEY/);
    expect(db.prepare('PRAGMA foreign_key_check(reminder_marks)').all()).toEqual([]);

    // The team queue's filter and a lead's reminders read the few flagged complaints off a partial index.
    expect(indexesOf(db, 'complaints')).toContain('complaints_needs_review');
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'complaints_needs_review'").get() as { sql: string };
    expect(sql).toMatch(/WHERE needs_review = 1$/);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM complaints WHERE needs_review = 1').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('complaints_needs_review');
    expect(db.prepare('SELECT id FROM complaints WHERE needs_review = 1').pluck().all()).toEqual(['c2']);
    db.close();
  });
});
