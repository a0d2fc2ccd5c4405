import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { deskFileSteps, insertComplaintRow } from '../../support/desk-migrations';

const steps = deskFileSteps();
/** The version just before 32 (numbers are assigned ahead, so the one before may not be 31). */
const before32 = Math.max(...MIGRATIONS.map((m) => m.version).filter((v) => v < 32));
const OVERDUE_COUNT = `SELECT count(*) AS n FROM complaints WHERE status = 'open' AND due_at < @now AND due_at < coalesce(suspended_since, @now)`;

describe('migration 32: the 已逾期 count read off one index', () => {
  it('replaces (status, due_at) with (status, due_at, suspended_since), keeping the rows and what the count finds', () => {
    const { path, db: old } = steps.at(before32);
    const due = old.prepare('UPDATE complaints SET due_at = ?, suspended_since = ? WHERE id = ?');
    for (const [id, dueAt, suspendedSince] of [
      ['late', '2026-11-01T00:00:00.000Z', null],
      ['stopped-in-time', '2026-11-10T00:00:00.000Z', '2026-11-05T00:00:00.000Z'],
      ['not-yet', '2026-12-30T00:00:00.000Z', null],
    ] as const) {
      insertComplaintRow(old, id);
      due.run(dueAt, suspendedSince, id);
    }
    const now = { now: '2026-12-01T00:00:00.000Z' };
    const before = (old.prepare(OVERDUE_COUNT).get(now) as { n: number }).n;
    old.close();

    const db = steps.reopenAt(path, 32);
    const indexes = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'complaints'`).pluck().all() as string[];
    expect(indexes).toContain('complaints_status_due_suspended');
    expect(indexes).not.toContain('complaints_status_due');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${OVERDUE_COUNT}`).all(now) as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan).toContain('COVERING INDEX complaints_status_due_suspended');
    expect((db.prepare(OVERDUE_COUNT).get(now) as { n: number }).n).toBe(before);
    expect(before).toBe(1);
    db.close();
  });
});
