import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { makeTempDir } from '../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());

function dbAt(version: number) {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const path = join(temp.dir, 'desk.sqlite');
  return { path, db: openDatabase(path, { migrate: { target: version } }) };
}

const complaintRow = {
  id: 'c1', number: 'TS-20261125-AAAAAA', stage: 'intake', status: 'open', customer_name: '张伟', contact_phone: '13800138000',
  complaint_type: 'fraud', complaint_subtype: 'false_declaration', received_at: '2026-11-25T10:00:00+08:00',
  created_at: '2026-11-25T02:00:00.000Z', updated_at: '2026-11-25T02:00:00.000Z', assignee_id: 'A1001', version: 1, record: '{}',
};
const insertComplaint = `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, complaint_type,
  complaint_subtype, received_at, created_at, updated_at, assignee_id, version, record)
  VALUES (@id, @number, @stage, @status, @customer_name, @contact_phone, @complaint_type, @complaint_subtype,
  @received_at, @created_at, @updated_at, @assignee_id, @version, @record)`;

describe('migration 1: complaints', () => {
  it('creates the complaints table with a unique number and a JSON record', () => {
    const { db } = dbAt(1);
    db.prepare(insertComplaint).run(complaintRow);
    expect(() => db.prepare(insertComplaint).run({ ...complaintRow, id: 'c2' })).toThrow(/UNIQUE/);
    expect(() => db.prepare(insertComplaint).run({ ...complaintRow, id: 'c3', number: 'x', record: 'not json' })).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 2: complaint_events', () => {
  it('keeps complaints written at version 1 and makes the timeline append-only', () => {
    const { path, db } = dbAt(1);
    db.prepare(insertComplaint).run(complaintRow);
    db.close();
    const migrated = openDatabase(path, { migrate: { target: 2 } });
    expect(migrated.prepare('SELECT id FROM complaints').all()).toEqual([{ id: 'c1' }]);
    migrated
      .prepare("INSERT INTO complaint_events (id, complaint_id, at, actor_id, actor_name, kind, changes, data) VALUES ('e1', 'c1', 'now', 'A1001', '王芳', 'complaint.created', '[]', '{}')")
      .run();
    expect(() => migrated.prepare("UPDATE complaint_events SET kind = 'x'").run()).toThrow(/append-only/);
    expect(() => migrated.prepare('DELETE FROM complaint_events').run()).toThrow(/append-only/);
    expect(() =>
      migrated.prepare("INSERT INTO complaint_events (id, complaint_id, at, actor_id, actor_name, kind, changes, data) VALUES ('e2', 'nope', 'now', 'A', 'B', 'k', '[]', '{}')").run(),
    ).toThrow(/FOREIGN KEY/);
    migrated.close();
  });
});

describe('migration 3: drafts', () => {
  it('adds drafts beside the existing data', () => {
    const { path, db } = dbAt(2);
    db.prepare(insertComplaint).run(complaintRow);
    db.close();
    const migrated = openDatabase(path, { migrate: { target: 3 } });
    migrated.prepare("INSERT INTO drafts (id, owner_id, form, payload, created_at, updated_at) VALUES ('d1', 'A1001', 'intake', '{\"customerName\":\"张\"}', 'now', 'now')").run();
    expect(migrated.prepare('SELECT payload FROM drafts').get()).toEqual({ payload: '{"customerName":"张"}' });
    expect(migrated.prepare('SELECT count(*) n FROM complaints').get()).toEqual({ n: 1 });
    migrated.close();
  });
});

describe('migration 4: outbox and sync state', () => {
  it('gives the desk a client id once and an outbox with unique op ids', () => {
    const { path, db } = dbAt(3);
    db.close();
    const migrated = openDatabase(path, { migrate: { target: 4 } });
    const { value } = migrated.prepare("SELECT value FROM sync_state WHERE key = 'client_id'").get() as { value: string };
    expect(value).toMatch(/^[0-9a-f]{32}$/);
    const insert = migrated.prepare("INSERT INTO outbox (id, op_id, name, args, base_versions, created_at, actor_id) VALUES (?, 'op-1', 'complaint.create', '{}', '{}', 'now', 'A1001')");
    insert.run(1);
    expect(() => insert.run(2)).toThrow(/UNIQUE/);
    migrated.close();
  });
});
