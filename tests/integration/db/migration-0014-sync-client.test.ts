import { describe, expect, it } from 'vitest';
import { columnsOf, deskFileSteps, indexesOf, insertComplaintRow, insertOutboxRow, tableKind } from '../../support/desk-migrations';

const steps = deskFileSteps();
const nextSeqs = (db: ReturnType<typeof steps.reopenAt>) =>
  db.prepare("SELECT key, value FROM sync_state WHERE key LIKE 'next_seq:%' ORDER BY key").all();

describe('migration 14: the desk side of sync', () => {
  it("numbers each actor's outbox rows in their own sequence, keeps where each sequence is, and adds review state and rejections", () => {
    const { path, db: old } = steps.at(13);
    insertComplaintRow(old, 'c1');
    // Two agents of successive shifts on one desk, their mutations interleaved.
    [[1, 'A1001'], [2, 'A2002'], [3, 'A1001'], [5, 'A1001'], [8, 'A2002']].forEach(([id, actor]) => insertOutboxRow(old, id as number, actor as string));
    const clientId = old.prepare("SELECT value FROM sync_state WHERE key = 'client_id'").pluck().get();
    old.close();

    const db = steps.reopenAt(path, 14);
    expect(db.prepare('SELECT id, actor_id, client_seq FROM outbox ORDER BY id').all()).toEqual([
      { id: 1, actor_id: 'A1001', client_seq: 1 },
      { id: 2, actor_id: 'A2002', client_seq: 1 },
      { id: 3, actor_id: 'A1001', client_seq: 2 },
      { id: 5, actor_id: 'A1001', client_seq: 3 },
      { id: 8, actor_id: 'A2002', client_seq: 2 },
    ]);
    expect(nextSeqs(db)).toEqual([
      { key: 'next_seq:A1001', value: '3' },
      { key: 'next_seq:A2002', value: '2' },
    ]);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'client_id'").pluck().get()).toBe(clientId);
    // A number in an actor's sequence is never used twice.
    expect(indexesOf(db, 'outbox')).toContain('outbox_actor_seq');
    expect(() => db.prepare("UPDATE outbox SET client_seq = 1 WHERE id = 3").run()).toThrow(/UNIQUE/);

    // The server's review flag and the conflicts it recorded, per complaint: not in review, none, for those of before.
    expect(db.prepare('SELECT needs_review, conflicts FROM complaints').all()).toEqual([{ needs_review: 0, conflicts: '[]' }]);
    expect(() => db.prepare("UPDATE complaints SET conflicts = 'not json'").run()).toThrow(/CHECK/);

    // Rejections pulled from the server, one per actor and mutation.
    expect(tableKind(db, 'sync_rejections')).toBe('strict');
    expect(columnsOf(db, 'sync_rejections')).toEqual(['actor_id', 'mutation_id', 'op_id', 'name', 'code', 'message_key', 'params', 'at']);
    const reject = db.prepare(
      "INSERT INTO sync_rejections (actor_id, mutation_id, op_id, name, code, message_key, params, at) VALUES ('A1001', ?, 'op-1', 'complaint.addNote', 'forbidden', 'sync.rejected.forbidden', NULL, 'now')",
    );
    reject.run(1);
    expect(() => reject.run(1)).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });

  it('starts no sequence on a desk with an empty outbox', () => {
    const { path, db: old } = steps.at(13);
    old.close();
    const db = steps.reopenAt(path, 14);
    expect(nextSeqs(db)).toEqual([]);
    expect(columnsOf(db, 'outbox')).toContain('client_seq');
    db.close();
  });
});
