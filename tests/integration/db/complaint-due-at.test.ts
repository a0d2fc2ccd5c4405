import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { MIGRATIONS } from '../../../db/migrations/index';
import { applyDeadlineDays } from '../../../db/repositories/deadline-days';
import { putServerComplaint } from '../../../db/repositories/server-state';
import type { ComplaintWriteDB } from '../../../db/handles';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeTestDesk, validIntake } from '../../support/desk';
import { makeTempDir } from '../../support/temp-dir';
import { valueOf, type TestDesk } from '../../support/workflow-desk';

const DAY_MS = 86_400_000;
const CALL_TIME = '2026-11-20T10:00:00+08:00';

describe('a complaint row is written once per change, with its due date', () => {
  let desk: TestDesk;
  afterEach(() => desk?.close());

  const row = (id: string) =>
    desk.db.prepare('SELECT due_at, server_versions, needs_review, conflicts, branch_id, branch_name FROM complaints WHERE id = ?').get(id) as {
      due_at: string;
      server_versions: string;
      needs_review: number;
      conflicts: string;
      branch_id: string | null;
      branch_name: string | null;
    };
  const daysDue = (c: Complaint) => (Date.parse(row(c.id).due_at) - Date.parse(c.receivedAt)) / DAY_MS;

  it('by the intake, by a complexity change and by a settings change, with no trigger rewriting the row', async () => {
    desk = makeTestDesk();
    const complaint = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: CALL_TIME })));
    expect(daysDue(complaint)).toBe(15);
    expect((await desk.dispatch('complaints.setComplexity', { id: complaint.id, baseVersion: complaint.version, complexity: 'complex' })).ok).toBe(true);
    expect(daysDue(complaint)).toBe(30);
    applyDeadlineDays(desk.db, { standard: 15, complex: 45, especiallyComplex: 60 });
    expect(daysDue(complaint)).toBe(45);
    expect(desk.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'complaints'`).all()).toEqual([]);
  });

  it('by a pull: a complaint first seen is inserted with the server\'s versions, review flag, conflicts and branch', async () => {
    desk = makeTestDesk();
    const taken = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: CALL_TIME })));
    const pulled: Complaint = { ...taken, id: crypto.randomUUID(), number: `${taken.number}-P`, complexity: 'especiallyComplex' };
    const conflicts = [{ field: 'solution', server: 'a', desk: 'b', deskActor: { id: 'A1001', name: '王芳' }, at: CALL_TIME }];
    putServerComplaint(desk.db as ComplaintWriteDB, pulled, { fieldVersions: { stage: 3 }, needsReview: true, conflicts, deleted: false, branch: { id: 'b1', name: '上海分公司' } } as never);
    expect(row(pulled.id)).toEqual({
      due_at: new Date(Date.parse(pulled.receivedAt) + 60 * DAY_MS).toISOString(),
      server_versions: '{"stage":3}',
      needs_review: 1,
      conflicts: JSON.stringify(conflicts),
      branch_id: 'b1',
      branch_name: '上海分公司',
    });
    // Pulled again without a branch (an older server): the branch the desk holds stays; the due date follows the record.
    putServerComplaint(desk.db as ComplaintWriteDB, { ...pulled, complexity: 'standard', version: 2 }, { fieldVersions: { stage: 4 }, needsReview: false, conflicts: [], deleted: false } as never);
    expect(row(pulled.id)).toMatchObject({ server_versions: '{"stage":4}', needs_review: 0, branch_name: '上海分公司' });
    expect(daysDue(pulled)).toBe(15);
  });
});

describe('migration complaint-single-write', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('keeps stored due dates, drops the due-date triggers and the unread phone and policy indexes', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    const index = MIGRATIONS.findIndex((m) => m.name === 'complaint-single-write');
    const old = openDatabase(path, { migrate: { target: MIGRATIONS[index - 1]!.version } });
    old.prepare(
      `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, policy_number, complaint_type, complaint_subtype,
         received_at, created_at, updated_at, assignee_id, version, record)
       VALUES ('c1', 'TS-1', 'intake', 'open', '张伟', '13800138000', '', 'claims_dispute', 'claim_amount',
         '2026-11-25T10:00:00+08:00', '2026-11-25T02:00:00.000Z', '2026-11-25T02:00:00.000Z', 'A1001', 1, ?)`,
    ).run(JSON.stringify({ complexity: 'complex' }));
    old.close();
    const db = openDatabase(path, { migrate: { target: MIGRATIONS[index]!.version } });
    const names = (type: string) => (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND tbl_name = 'complaints'`).pluck().all(type) as string[]);
    expect(db.prepare('SELECT due_at FROM complaints').get()).toEqual({ due_at: '2026-12-25T02:00:00.000Z' });
    expect(names('trigger')).toEqual([]);
    expect(names('index')).not.toContain('complaints_contact_phone');
    expect(names('index')).not.toContain('complaints_policy_number');
    expect(names('index')).toEqual(expect.arrayContaining(['complaints_contact_phone_key', 'complaints_policy_number_nocase', 'complaints_due']));
    db.close();
  });
});
