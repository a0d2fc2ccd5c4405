import { describe, expect, it } from 'vitest';
import { columnsOf, deskFileSteps, insertCallRow, insertComplaintRow } from '../../support/desk-migrations';

const steps = deskFileSteps();

describe('migration 16: calls pulled with a complaint', () => {
  it("marks the desk's own calls of before as not pulled, and takes only 0 or 1", () => {
    const { path, db: old } = steps.at(15);
    insertComplaintRow(old, 'c1');
    insertCallRow(old, 'call-own', 'c1');
    insertCallRow(old, 'call-unlinked', null);
    expect(columnsOf(old, 'calls')).not.toContain('pulled');
    old.close();

    const db = steps.reopenAt(path, 16);
    expect(db.prepare('SELECT id, complaint_id, pulled FROM calls ORDER BY id').all()).toEqual([
      { id: 'call-own', complaint_id: 'c1', pulled: 0 },
      { id: 'call-unlinked', complaint_id: null, pulled: 0 },
    ]);
    // A teammate's call, pulled with the complaint it was taken on.
    insertComplaintRow(db, 'c2');
    insertCallRow(db, 'call-pulled', 'c2');
    expect(db.prepare("SELECT pulled FROM calls WHERE id = 'call-pulled'").pluck().get()).toBe(0);
    db.prepare("UPDATE calls SET pulled = 1 WHERE id = 'call-pulled'").run();
    expect(db.prepare('SELECT id FROM calls WHERE pulled = 1').pluck().all()).toEqual(['call-pulled']);
    expect(() => db.prepare("UPDATE calls SET pulled = 2 WHERE id = 'call-own'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE calls SET pulled = NULL WHERE id = 'call-own'").run()).toThrow(/NOT NULL/);
    db.close();
  });
});
