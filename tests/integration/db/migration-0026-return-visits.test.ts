import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { deskFileSteps, insertComplaintRow } from '../../support/desk-migrations';

const steps = deskFileSteps();
/** The version just before 26 (numbers are assigned ahead, so the one before may not be 25). */
const before26 = Math.max(...MIGRATIONS.map((m) => m.version).filter((v) => v < 26));

describe('migration 26: the pending 回访 column', () => {
  it('marks the closed complaints of before as waiting for their 回访 since their closing; open and withdrawn ones not', () => {
    const { path, db: old } = steps.at(before26);
    insertComplaintRow(old, 'c1', { status: 'closed', stage: 'closure', record: JSON.stringify({ endedAt: '2026-11-30T07:15:00.000Z' }) });
    insertComplaintRow(old, 'c2');
    insertComplaintRow(old, 'c3', { status: 'withdrawn', record: JSON.stringify({ endedAt: '2026-11-28T01:00:00.000Z' }) });
    old.close();

    const db = steps.reopenAt(path, 26);
    const pending = db.prepare('SELECT id, return_visit_pending_since AS since FROM complaints ORDER BY id').all();
    expect(pending).toEqual([
      { id: 'c1', since: '2026-11-30T07:15:00.000Z' },
      { id: 'c2', since: null },
      { id: 'c3', since: null },
    ]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM complaints WHERE return_visit_pending_since IS NOT NULL AND return_visit_pending_since < '2026-12-01'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/complaints_(assignee_)?return_visit/);
    db.close();
  });
});
