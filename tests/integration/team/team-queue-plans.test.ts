import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestDesk } from '../../support/desk';
import { LEAD } from '../../support/workflow';
import { complaintAtStage, signInAs, type TestDesk } from '../../support/workflow-desk';

/** The plan SQLite chooses for a statement, its named parameters bound to any value (the plan does not depend on them). */
function planOf(desk: TestDesk, sql: string): string {
  const params = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name, name === 'limit' || name === 'offset' ? 0 : '2026-01-01']));
  return (desk.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' / ');
}

describe('the team queue’s deadline filters, as SQLite plans them', () => {
  let desk: TestDesk;
  const prepared: string[] = [];

  beforeEach(async () => {
    desk = makeTestDesk();
    await complaintAtStage(desk, 'analysis', { callTime: '2026-11-01T10:00:00+08:00' });
    signInAs(desk, LEAD);
    const prepare = desk.db.prepare.bind(desk.db);
    desk.db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof desk.db.prepare;
  });
  afterEach(() => desk.close());

  it('counts the overdue off one index alone, never reading the complaints table row by row', async () => {
    const result = await desk.dispatch('team.queue', { filter: { deadlineState: 'overdue' }, sortBy: 'dueAt', direction: 'asc', limit: 50 });
    expect(result.ok).toBe(true);
    const count = prepared.find((sql) => sql.startsWith('SELECT count(*) AS n FROM complaints'));
    expect(count).toBeDefined();
    expect(planOf(desk, count!)).toMatch(/USING COVERING INDEX complaints_status_due_suspended \(status=\? AND due_at<\?\)/);
    const page = prepared.find((sql) => sql.startsWith('SELECT record, needs_review FROM complaints'));
    expect(planOf(desk, page!)).toMatch(/USING INDEX complaints_status_due_suspended \(status=\? AND due_at<\?\)/);
  });
});
