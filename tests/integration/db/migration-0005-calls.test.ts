import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { schemaVersion } from '../../../db/migrate';
import { makeTempDir } from '../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());

const complaint = {
  id: 'c1', number: 'TS-20261125-AAAAAA', stage: 'intake', status: 'open', customer_name: '张伟', contact_phone: '13800138000',
  complaint_type: 'fraud', complaint_subtype: 'false_declaration', received_at: '2026-11-25T10:00:00+08:00',
  created_at: '2026-11-25T02:00:00.000Z', updated_at: '2026-11-25T02:00:00.000Z', assignee_id: 'A1001', version: 1, record: '{}',
};

const insertCall = `INSERT INTO calls (id, number, number_key, direction, source, started_at, complaint_id)
  VALUES (@id, '13800138000', '+8613800138000', @direction, 'http', '2026-11-25T02:00:00.000Z', @complaint_id)`;

describe('migration 5: calls', () => {
  it('adds the calls table beside complaints written before it, linked by a checked foreign key', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    const old = openDatabase(path, { migrate: { target: 4 } });
    old.prepare(
      `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, complaint_type, complaint_subtype,
         received_at, created_at, updated_at, assignee_id, version, record)
       VALUES (@id, @number, @stage, @status, @customer_name, @contact_phone, @complaint_type, @complaint_subtype,
         @received_at, @created_at, @updated_at, @assignee_id, @version, @record)`,
    ).run(complaint);
    expect(old.prepare("SELECT name FROM sqlite_master WHERE name = 'calls'").get()).toBeUndefined();
    old.close();

    const db = openDatabase(path, { migrate: { target: 5 } });
    expect(schemaVersion(db)).toBe(5);
    db.prepare(insertCall).run({ id: 'call-1', direction: 'in', complaint_id: 'c1' });
    db.prepare(insertCall).run({ id: 'call-2', direction: 'out', complaint_id: null });
    expect(db.prepare('SELECT count(*) n FROM calls').get()).toEqual({ n: 2 });
    expect(() => db.prepare(insertCall).run({ id: 'call-1', direction: 'in', complaint_id: null })).toThrow(/UNIQUE/);
    expect(() => db.prepare(insertCall).run({ id: 'call-3', direction: 'sideways', complaint_id: null })).toThrow(/CHECK/);
    expect(() => db.prepare(insertCall).run({ id: 'call-4', direction: 'in', complaint_id: 'no-such' })).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
