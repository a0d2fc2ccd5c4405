import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { CHANNELS } from '../../../../shared/domain/channels';
import type { Complaint } from '../../../../shared/domain/complaint';
import { COMPLAINT_TYPE_CODES, COMPLAINT_TYPES } from '../../../../shared/domain/complaint-types';
import { STAGES } from '../../../../shared/domain/stages';
import type { Database } from '../../../../server/db/database';
import { REPORT_COLUMN_NAMES, REPORT_COLUMN_TYPES, reportColumnArrays } from '../../../../server/reports/report-columns';

/*
 * Generated complaints for the property tests that hold the SQL figures (server/reports/report-figures-sql.ts,
 * quarterly-figures-sql.ts) equal to the shared functions: stored as a desk's push leaves them, with their
 * report columns, placed in one of three branches (or one that no longer exists) and two teams.
 */

export const BRANCHES = [
  { id: randomUUID(), name: '华东分公司' },
  { id: randomUUID(), name: '华南分公司' },
  { id: randomUUID(), name: 'Beijing' },
];
export const TEAMS = [randomUUID(), randomUUID()];
export const AGENTS = [
  { id: 'A1001', name: '王芳' },
  { id: 'A1002', name: '李雷' },
  { id: 'a1003', name: 'Lucy' },
];
export const DAY = 24 * 60 * 60 * 1000;

/**
 * Around 2026-Q4 (the tests' range): most in it, some after it, and some up to six weeks before it, whose deadlines
 * may fall in it (the 15/30/60-day shares and 及时率 count those); times to the millisecond.
 */
const instantAround = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: Date.parse('2026-09-28T00:00:00Z'), max: Date.parse('2027-01-03T00:00:00Z') }) },
  { weight: 1, arbitrary: fc.integer({ min: Date.parse('2026-08-15T00:00:00Z'), max: Date.parse('2026-10-01T00:00:00Z') }) },
);

const typeAndSubtype = fc.constantFrom(...COMPLAINT_TYPE_CODES).chain((type) =>
  fc.tuple(fc.constant(type), fc.oneof(fc.constantFrom(...COMPLAINT_TYPES[type]), fc.constantFrom('extra_a', 'extra_b'))),
);

export const generated = fc.record({
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
  // What the quarterly pack reads besides: the registration's product and chosen codes, the 回访, the repeat link.
  registration: fc.option(
    fc.record({
      productName: fc.option(fc.constantFrom('安心寿险', '车险尊享', '家财险', '农险', ''), { nil: null }),
      reasonCode: fc.option(fc.constantFrom('claims.amount', 'sales.misleading', 'surrender', 'unknown_reason', ''), { nil: null }),
      lineCode: fc.option(fc.constantFrom('motor', 'property', 'ordinary_life', 'unknown_line'), { nil: null }),
    }),
    { nil: null },
  ),
  returnVisit: fc.option(
    fc.record({
      attempts: fc.array(fc.boolean(), { maxLength: 3 }),
      satisfaction: fc.option(fc.constantFrom('satisfied', 'basically', 'not'), { nil: null }),
    }),
    { nil: null },
  ),
  repeatOf: fc.option(fc.constantFrom('TS-20260901-AAAA', ''), { nil: null }),
});
export type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

/** The 回访 as recorded (shared/domain/workflow/return-visit.ts): the attempts in order, the result once one reached. */
function returnVisitOf(g: Generated) {
  if (g.returnVisit === null) return null;
  const by = AGENTS[0];
  const attempts = g.returnVisit.attempts.map((reached, i) => {
    const at = new Date(g.received + (i + 1) * DAY).toISOString();
    return { at, reached, by, recordedAt: at };
  });
  const reached = attempts.some((a) => a.reached);
  const answer = g.returnVisit.satisfaction;
  return { attempts, result: reached && answer !== null ? { satisfaction: answer, acceptsResult: true, stillWants: '' } : null };
}

/** A stored complaint document as a desk's push leaves it, with what the reports read. */
export function documentOf(g: Generated): Complaint {
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
    stages: {
      ...(g.satisfaction === null ? {} : { feedback: { satisfaction: g.satisfaction } }),
      ...(g.registration === null
        ? {}
        : { registration: { policy: { productName: g.registration.productName }, reasonCode: g.registration.reasonCode, lineCode: g.registration.lineCode } }),
    },
    returnVisit: returnVisitOf(g),
    repeatOf: g.repeatOf,
    complexity: g.complexity,
    extension: null,
    withdrawal: null,
    solutionRefusals: [],
    endedAt,
    recordingRef: null,
    suspensions,
  } as unknown as Complaint;
}

export async function store(db: Database, generatedRows: Generated[]) {
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

