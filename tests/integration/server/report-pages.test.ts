import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { byReceipt, reportRowOf } from '../../../shared/domain/reports/report-row-of';
import { dayRangeToInstants } from '../../../shared/domain/reports/team-time';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import { openDatabase, type Database } from '../../../server/db/database';
import { REPORT_COLUMN_NAMES, REPORT_COLUMN_TYPES, reportColumnArrays } from '../../../server/reports/report-columns';
import { FIRST_REPORT_PAGE, REPORT_PAGE, forEachReportPage } from '../../../server/reports/server-report-rows';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends';

const COUNT = FIRST_REPORT_PAGE + 2 * REPORT_PAGE + 37;

/** A stored document with what the report rows read; receipts on few distinct instants, so many tie. */
function documentAt(i: number): Complaint {
  const receivedAt = new Date(Date.parse('2026-11-01T00:00:00.000Z') + (i % 97) * 3_600_000).toISOString();
  return {
    id: randomUUID(),
    number: `TS-20261101-${String(i).padStart(8, '0')}`,
    stage: 'intake',
    status: 'open',
    intake: { complaintType: 'fraud', complaintSubtype: 'fraud_other', channel: 'phone', customerName: '张三', contactPhone: '13800138000', policyNumber: 'P1', demand: '' },
    receivedAt,
    createdAt: receivedAt,
    createdBy: { id: 'A1001', name: '王芳' },
    assignee: null,
    updatedAt: receivedAt,
    version: 1,
    stages: {},
    complexity: 'standard',
    extension: null,
    withdrawal: null,
    solutionRefusals: [],
    endedAt: null,
    recordingRef: null,
    suspensions: [],
  } as unknown as Complaint;
}

describe.each(BACKENDS)('the all-branches export reads its complaints a page at a time on %s', (backend) => {
  let testDb: TestDatabase;
  let db: Database;
  const docs = Array.from({ length: COUNT }, (_, i) => documentAt(i));

  beforeAll(async () => {
    testDb = await createTestDatabase(backend);
    db = await openDatabase(testDb.location);
    await db.pool.query(
      `INSERT INTO sync_complaints (id, document, version, owner_no, deleted, position, ${REPORT_COLUMN_NAMES.join(', ')})
       SELECT * FROM unnest($1::text[], $2::jsonb[], $3::int[], $4::text[], $5::boolean[], $6::bigint[], ${REPORT_COLUMN_TYPES.map((t, i) => `$${7 + i}::${t}[]`).join(', ')})`,
      [docs.map((d) => d.id), docs.map((d) => JSON.stringify(d)), docs.map(() => 1), docs.map(() => 'a1001'), docs.map((_, i) => i % 50 === 0), docs.map((_, i) => i + 1), ...reportColumnArrays(docs)],
    );
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('in order of receipt (ties by id, as byReceipt), each complaint once, deleted ones left out, in pages no larger than the page', async () => {
    const pages: number[] = [];
    const read: string[] = [];
    const range = dayRangeToInstants('2026-11-01', '2026-11-30');
    const total = await forEachReportPage(db.pool, range, DEFAULT_DEADLINE_SETTINGS, async (rows) => {
      pages.push(rows.length);
      read.push(...rows.map((r) => r.id));
    });
    const expected = docs
      .filter((_, i) => i % 50 !== 0)
      .map((d) => reportRowOf(d, DEFAULT_DEADLINE_SETTINGS, null))
      .sort(byReceipt)
      .map((r) => r.id);
    expect(read).toEqual(expected);
    expect(total).toBe(expected.length);
    expect(pages[0]).toBe(FIRST_REPORT_PAGE);
    expect(Math.max(...pages)).toBe(REPORT_PAGE);
  });
});
