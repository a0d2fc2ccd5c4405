import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { makeTempDir } from '../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());

const insert = `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, policy_number, complaint_type,
    complaint_subtype, received_at, created_at, updated_at, assignee_id, version, record)
  VALUES (@id, @id, 'intake', 'open', '张伟', @phone, @policy, 'fraud', 'false_declaration', '2026-11-25T10:00:00+08:00',
    '2026-11-25T02:00:00.000Z', '2026-11-25T02:00:00.000Z', 'A1001', 1, '{}')`;

describe('migration 6: normalised contact number on complaints', () => {
  it('backfills the key of every complaint written before it and indexes it', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    const old = openDatabase(path, { migrate: { target: 5 } });
    const rows = [
      { id: 'c1', phone: '138 0013 8000', policy: 'P2026-000123' },
      { id: 'c2', phone: '(021)12345678', policy: '' },
      { id: 'c3', phone: '0086-21-1234-5678', policy: '' },
      { id: 'c4', phone: 'unknown', policy: '' },
    ];
    for (const row of rows) old.prepare(insert).run(row);
    old.close();

    const db = openDatabase(path, { migrate: { target: 6 } });
    const keys = db.prepare('SELECT id, contact_phone_key AS key FROM complaints ORDER BY id').all();
    expect(keys).toEqual([
      { id: 'c1', key: '+8613800138000' },
      { id: 'c2', key: '+862112345678' },
      { id: 'c3', key: '+862112345678' },
      { id: 'c4', key: null },
    ]);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM complaints WHERE contact_phone_key = ? AND status = 'open'")
      .all('+862112345678') as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/complaints_contact_phone_key/);
    const byPolicy = db.prepare("SELECT id FROM complaints WHERE policy_number = ? COLLATE NOCASE AND status = 'open'").all('p2026-000123');
    expect(byPolicy).toEqual([{ id: 'c1' }]);
    db.close();
  });
});
