import { describe, expect, it } from 'vitest';
import { columnsOf, deskFileSteps, indexesOf, insertComplaintRow, tableKind } from '../../support/desk-migrations';

const steps = deskFileSteps();

describe('migration 20: timeline events the server refused', () => {
  it('adds the marks beside the timeline written before it, which stays whole and append-only', () => {
    const { path, db: old } = steps.at(19);
    insertComplaintRow(old, 'c1');
    old.prepare(
      `INSERT INTO complaint_events (id, complaint_id, at, actor_id, actor_name, kind, changes, data)
       VALUES ('e1', 'c1', '2026-11-25T02:00:00.000Z', 'A1001', '王芳', 'note.added', '[]', '{}')`,
    ).run();
    expect(tableKind(old, 'refused_events')).toBe('none');
    old.close();

    const db = steps.reopenAt(path, 20);
    expect(db.prepare('SELECT id FROM complaint_events').pluck().all()).toEqual(['e1']);
    expect(tableKind(db, 'refused_events')).toBe('strict');
    expect(columnsOf(db, 'refused_events')).toEqual(['event_id', 'complaint_id', 'at']);
    expect(indexesOf(db, 'refused_events')).toEqual(['refused_events_complaint']);
    const refuse = db.prepare('INSERT INTO refused_events (event_id, complaint_id, at) VALUES (?, ?, ?)');
    refuse.run('e1', 'c1', '2026-11-26T02:00:00.000Z');
    expect(() => refuse.run('e1', 'c1', 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => refuse.run('e2', 'no-such', 'now')).toThrow(/FOREIGN KEY/);
    // The event is marked, not changed: the timeline is still append-only.
    expect(() => db.prepare("UPDATE complaint_events SET kind = 'x'").run()).toThrow(/append-only/);
    db.close();
  });
});
