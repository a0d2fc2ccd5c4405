import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { makeTempDir } from '../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());

describe('migration 7: the call a draft belongs to', () => {
  it('keeps drafts written before it, with no call, and stores a call id from then on', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    const old = openDatabase(path, { migrate: { target: 6 } });
    const payload = JSON.stringify({ customerName: '张 伟 ', description: '理赔\n还没到账' });
    old.prepare(
      `INSERT INTO drafts (id, owner_id, form, payload, created_at, updated_at)
       VALUES ('d1', 'A1001', 'intake', ?, '2026-11-25T02:00:00.000Z', '2026-11-25T02:00:00.000Z')`,
    ).run(payload);
    old.close();

    const db = openDatabase(path, { migrate: { target: 7 } });
    expect(db.prepare('SELECT payload, call_id FROM drafts WHERE id = ?').get('d1')).toEqual({ payload, call_id: null });
    db.prepare("UPDATE drafts SET call_id = 'call-1' WHERE id = 'd1'").run();
    expect(db.prepare('SELECT call_id FROM drafts').get()).toEqual({ call_id: 'call-1' });
    db.close();
  });
});
