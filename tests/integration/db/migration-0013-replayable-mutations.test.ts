import { describe, expect, it } from 'vitest';
import { columnsOf, deskFileSteps, insertComplaintRow, insertOutboxRow } from '../../support/desk-migrations';

const steps = deskFileSteps();

describe('migration 13: replayable mutations', () => {
  it('gives outbox rows their actor and complaints the server versions they were confirmed at; rows of before get none and {}', () => {
    const { path, db: old } = steps.at(12);
    insertComplaintRow(old, 'c1');
    insertOutboxRow(old, 1, 'A1001');
    expect(columnsOf(old, 'outbox')).not.toContain('actor');
    expect(columnsOf(old, 'complaints')).not.toContain('server_versions');
    old.close();

    const db = steps.reopenAt(path, 13);
    expect(db.prepare('SELECT op_id, actor_id, actor FROM outbox').all()).toEqual([{ op_id: 'op-1', actor_id: 'A1001', actor: null }]);
    expect(db.prepare('SELECT server_versions FROM complaints').all()).toEqual([{ server_versions: '{}' }]);

    // Who acted, as JSON beside the time, so the command replays as it ran.
    const actor = JSON.stringify({ id: 'A1001', name: '王芳', role: 'agent' });
    db.prepare('UPDATE outbox SET actor = ? WHERE id = 1').run(actor);
    expect(db.prepare('SELECT actor FROM outbox').pluck().get()).toBe(actor);
    expect(() => db.prepare("UPDATE outbox SET actor = 'not json' WHERE id = 1").run()).toThrow(/CHECK/);

    // Per field, the server version last confirmed: what field edits send as their base versions.
    db.prepare(`UPDATE complaints SET server_versions = '{"intake":3}' WHERE id = 'c1'`).run();
    expect(() => db.prepare("UPDATE complaints SET server_versions = 'not json'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE complaints SET server_versions = NULL').run()).toThrow(/NOT NULL/);
    insertComplaintRow(db, 'c2');
    expect(db.prepare("SELECT server_versions FROM complaints WHERE id = 'c2'").pluck().get()).toBe('{}');
    db.close();
  });
});
