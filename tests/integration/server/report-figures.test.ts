import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/domain/channels';
import type { Complaint } from '../../../shared/domain/complaint';
import { COMPLAINT_TYPE_CODES, COMPLAINT_TYPES } from '../../../shared/domain/complaint-types';
import { buildRegulatoryStats } from '../../../shared/domain/reports/regulatory';
import { byReceipt, reportRowOf } from '../../../shared/domain/reports/report-row-of';
import { buildTeamReport } from '../../../shared/domain/reports/team-report';
import { dayRangeToInstants } from '../../../shared/domain/reports/team-time';
import { STAGES } from '../../../shared/domain/stages';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import { openDatabase, type Database } from '../../../server/db/database';
import { REPORT_COLUMN_NAMES, REPORT_COLUMN_TYPES, reportColumnArrays } from '../../../server/reports/report-columns';
import { regulatoryStatsFromSql, teamReportFromSql } from '../../../server/reports/report-figures';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends';

const RANGE = { from: '2026-10-01', to: '2026-12-31' };
const NOW = new Date('2026-12-08T03:00:00.000Z');
const BRANCHES = [
  { id: randomUUID(), name: '华东分公司' },
  { id: randomUUID(), name: '华南分公司' },
  { id: randomUUID(), name: 'Beijing' },
];
const TEAMS = [randomUUID(), randomUUID()];
const AGENTS = [
  { id: 'A1001', name: '王芳' },
  { id: 'A1002', name: '李雷' },
  { id: 'a1003', name: 'Lucy' },
];
const DEADLINES = { ...DEFAULT_DEADLINE_SETTINGS, standardDays: 15, complexDays: 30, extensionDays: 30 };
const DAY = 24 * 60 * 60 * 1000;
const FIGURES = { policies: 120_000, premiumYuan: 3.5e9, insuredPersons: 0 };

/** Around the range: some complaints before and after it, most in it; times to the millisecond. */
const instantAround = fc.integer({ min: Date.parse('2026-09-28T00:00:00Z'), max: Date.parse('2027-01-03T00:00:00Z') });

const typeAndSubtype = fc.constantFrom(...COMPLAINT_TYPE_CODES).chain((type) =>
  fc.tuple(fc.constant(type), fc.oneof(fc.constantFrom(...COMPLAINT_TYPES[type]), fc.constantFrom('extra_a', 'extra_b'))),
);

const generated = fc.record({
  received: instantAround,
  ended: fc.option(fc.integer({ min: 0, max: 70 * DAY }), { nil: null }),
  status: fc.constantFrom('open', 'open', 'closed', 'withdrawn'),
  stage: fc.constantFrom(...STAGES),
  typeAndSubtype,
  channel: fc.constantFrom(...CHANNELS),
  complexity: fc.constantFrom('standard', 'complex', 'especiallyComplex'),
  satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  assignee: fc.option(fc.constantFrom(...AGENTS), { nil: null }),
  branch: fc.integer({ min: -1, max: BRANCHES.length - 1 }),
  team: fc.integer({ min: 0, max: TEAMS.length - 1 }),
  suspension: fc.option(fc.record({ after: fc.integer({ min: -DAY, max: 20 * DAY }), lasted: fc.option(fc.integer({ min: 0, max: 10 * DAY }), { nil: null }) }), { nil: null }),
  deleted: fc.boolean().map((b) => b && Math.random() < 0.1),
});
type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

/** A stored complaint document as a desk's push leaves it, with what the reports read. */
function documentOf(g: Generated): Complaint {
  const receivedAt = new Date(g.received).toISOString();
  const status = g.status as Complaint['status'];
  const endedAt = status === 'open' || g.ended === null ? null : new Date(g.received + g.ended).toISOString();
  const [complaintType, complaintSubtype] = g.typeAndSubtype;
  const suspensions = g.suspension
    ? [
        {
          id: randomUUID(),
          kind: 'appraisal',
          reason: '鉴定',
          party: '鉴定所',
          attachmentId: null,
          startedAt: new Date(g.received + g.suspension.after).toISOString(),
          startedBy: AGENTS[0],
          resumedAt: g.suspension.lasted === null ? null : new Date(g.received + g.suspension.after + g.suspension.lasted).toISOString(),
          resumedBy: g.suspension.lasted === null ? null : AGENTS[0],
          outcome: '',
          approvedBy: null,
          approvedAt: null,
        },
      ]
    : [];
  return {
    id: randomUUID(),
    number: `TS-${receivedAt.slice(0, 10).replace(/-/g, '')}-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    stage: g.stage,
    status,
    intake: { complaintType, complaintSubtype, channel: g.channel, customerName: '张三', contactPhone: '13800138000', policyNumber: 'P1', demand: '退保' },
    receivedAt,
    createdAt: receivedAt,
    createdBy: AGENTS[0],
    assignee: g.assignee,
    updatedAt: receivedAt,
    version: 1,
    stages: g.satisfaction === null ? {} : { feedback: { satisfaction: g.satisfaction } },
    complexity: g.complexity,
    extension: null,
    withdrawal: null,
    solutionRefusals: [],
    endedAt,
    recordingRef: null,
    suspensions,
  } as unknown as Complaint;
}

async function store(db: Database, generatedRows: Generated[]) {
  await db.pool.query('DELETE FROM sync_complaints');
  const docs = generatedRows.map(documentOf);
  await db.pool.query(
    `INSERT INTO sync_complaints (id, document, version, owner_no, team_id, branch_id, deleted, position, ${REPORT_COLUMN_NAMES.join(', ')})
     SELECT * FROM unnest($1::text[], $2::jsonb[], $3::int[], $4::text[], $5::uuid[], $6::uuid[], $7::boolean[], $8::bigint[],
       ${REPORT_COLUMN_TYPES.map((type, i) => `$${9 + i}::${type}[]`).join(', ')})`,
    [
      docs.map((d) => d.id),
      docs.map((d) => JSON.stringify(d)),
      docs.map(() => 1),
      docs.map(() => 'a1001'),
      generatedRows.map((g) => TEAMS[g.team]),
      generatedRows.map((g) => BRANCHES[g.branch]?.id ?? null),
      generatedRows.map((g) => g.deleted),
      docs.map((_, i) => i + 1),
      ...reportColumnArrays(docs),
    ],
  );
  return docs.map((doc, i) => ({ doc, g: generatedRows[i]! }));
}

/** What the desk's functions say of the same complaints: report rows of those received in the range, in order of receipt. */
function rowsOf(stored: Awaited<ReturnType<typeof store>>, keep: (g: Generated) => boolean) {
  const { start, end } = dayRangeToInstants(RANGE.from, RANGE.to);
  return stored
    .filter(({ g }) => !g.deleted && keep(g))
    .map(({ doc, g }) => reportRowOf(doc, DEADLINES, BRANCHES[g.branch]?.name ?? null))
    .filter((r) => r.receivedAt >= start && r.receivedAt < end)
    .sort(byReceipt);
}

describe.each(BACKENDS)('the dashboard and 监管统计 computed by PostgreSQL on %s', (backend) => {
  let testDb: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(backend);
    db = await openDatabase(testDb.location);
    for (const b of BRANCHES) await db.pool.query('INSERT INTO branches (id, name, created_at) VALUES ($1, $2, now())', [b.id, b.name]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('equal the shared functions over generated complaints, for every branch together and for one branch or team', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generated, { maxLength: 60 }), fc.integer({ min: -1, max: 1 }), async (list, pick) => {
        const stored = await store(db, list);
        const scope = { ...RANGE, now: NOW };
        const branch = pick === 0 ? BRANCHES[0]!.id : undefined;
        const team = pick === 1 ? TEAMS[1] : undefined;
        const rows = rowsOf(stored, (g) => (branch ? BRANCHES[g.branch]?.id === branch : team ? TEAMS[g.team] === team : true));
        const sqlScope = { ...scope, branchId: branch, teamId: team };
        expect(await teamReportFromSql(db.pool, sqlScope, DEADLINES)).toEqual(buildTeamReport(rows, scope));
        const period = { period: '2026-Q4', ...scope };
        expect(await regulatoryStatsFromSql(db.pool, { ...sqlScope, period: '2026-Q4' }, DEADLINES, FIGURES)).toEqual(buildRegulatoryStats(rows, period, FIGURES));
      }),
      { numRuns: backend === 'postgres' ? 100 : 15 },
    );
  }, 180_000);
});
