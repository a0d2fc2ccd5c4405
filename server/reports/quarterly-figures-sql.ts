import { REGULATOR_CHANNEL } from '../../shared/domain/channels';
import type { ComplaintType } from '../../shared/domain/complaint-types';
import { classify, type Classification } from '../../shared/domain/regulatory/classification';
import type { RegulatorySettings } from '../../shared/domain/regulatory/regulatory-settings';
import { packCountKey, packOfCounts, quarterBounds, type QuarterCounts, type QuarterlyPack } from '../../shared/domain/reports/quarterly/quarterly-pack';
import { quarterlyReadRange } from '../../shared/domain/reports/quarterly/quarterly-request';
import { allowedDays, type DeadlineSettings } from '../../shared/domain/workflow/deadlines';
import type pg from 'pg';

/*
 * The regulator's quarterly pack counted by PostgreSQL: per branch and for the company, over the report columns
 * (server migration 14) and the few fields of the document the pack reads (the 回访, the repeat link, the
 * registration's product and codes), and assembled by the shared packOfCounts — so no complaint is held in the
 * server's memory, and the pack's rates and orders are the desk's. tests/integration/server/quarterly-figures.test.ts
 * holds it equal to buildQuarterlyPack over generated complaints.
 *
 * Parameters: $1 the read range's start (a year before the quarter), $2 the quarter's start, $3 its end, $4–$6 the
 * allowed days (standard, complex, especially complex), $7 now, $8 the regulator's channel.
 */
const PARAMS = `params AS (SELECT $1::timestamptz, $2::timestamptz, $3::timestamptz, $4::int, $5::int, $6::int, $7::timestamptz, $8::text)`;

/** The due time as storedDueAt computes it (report-figures-sql.ts's, with this statement's parameters). */
const DUE = `(c.received_at + (CASE c.complexity WHEN 'complex' THEN $5::int WHEN 'especiallyComplex' THEN $6::int ELSE $4::int END) * interval '24 hours'
  + c.suspended_ms * interval '1 millisecond')`;
const OVERDUE = `(c.status = 'open' AND ${DUE} < COALESCE(c.suspended_since, $7::timestamptz))`;
const ENDED_LATE = `(c.status <> 'open' AND c.ended_at IS NOT NULL AND c.ended_at > ${DUE})`;

/** Boolean(c.repeatOf), as quarterlyRowOf reads it. */
const REPEAT = `(CASE jsonb_typeof(c.document->'repeatOf') WHEN 'string' THEN c.document->>'repeatOf' <> '' WHEN 'boolean' THEN c.document->'repeatOf' = 'true'::jsonb
  WHEN 'number' THEN (c.document->>'repeatOf')::numeric <> 0 WHEN 'object' THEN true WHEN 'array' THEN true ELSE false END)`;

/** returnVisitOutcomeOf (quarterly-row.ts): reached when an attempt reached the complainant; what they said, from the result. */
const VISIT_REACHED = `jsonb_path_exists(c.document, '$.returnVisit.attempts[*] ? (@.reached == true)')`;
const VISIT_ANSWER = `(c.document->'returnVisit'->'result'->>'satisfaction')`;

const COUNTS_SQL = `WITH ${PARAMS}, r AS (
  SELECT b.name AS branch, c.received_at >= $2::timestamptz AS in_quarter, c.status, c.channel, c.satisfaction,
    ${OVERDUE} OR ${ENDED_LATE} AS missed, ${REPEAT} AS repeat,
    c.status = 'closed' AND ${VISIT_REACHED} AS reached, ${VISIT_ANSWER} AS answer,
    c.status <> 'withdrawn' AND c.suspended_since IS NULL AND ${DUE} >= $2::timestamptz AND ${DUE} < $3::timestamptz AS due,
    c.status = 'closed' AND c.ended_at IS NOT NULL AND c.ended_at <= ${DUE} AS on_time
  FROM sync_complaints c LEFT JOIN branches b ON b.id = c.branch_id
  WHERE NOT c.deleted AND c.received_at >= $1::timestamptz AND c.received_at < $3::timestamptz
)
SELECT GROUPING(branch) = 1 AS company, branch,
  count(*) FILTER (WHERE in_quarter) AS received,
  count(*) FILTER (WHERE in_quarter AND status = 'withdrawn') AS withdrawn,
  count(*) FILTER (WHERE in_quarter AND missed) AS overdue,
  count(*) FILTER (WHERE in_quarter AND channel = $8::text) AS referred,
  count(*) FILTER (WHERE in_quarter AND repeat) AS repeats,
  count(*) FILTER (WHERE in_quarter AND status = 'closed') AS visits_due,
  count(*) FILTER (WHERE in_quarter AND reached) AS reached,
  count(*) FILTER (WHERE in_quarter AND reached AND answer IN ('satisfied', 'basically', 'not')) AS visit_answers,
  count(*) FILTER (WHERE in_quarter AND reached AND answer IN ('satisfied', 'basically')) AS visit_satisfied,
  count(*) FILTER (WHERE in_quarter AND satisfaction IS NOT NULL) AS rated,
  count(*) FILTER (WHERE in_quarter AND satisfaction >= 4) AS rated_satisfied,
  count(*) FILTER (WHERE due) AS due,
  count(*) FILTER (WHERE due AND on_time) AS on_time
FROM r GROUP BY GROUPING SETS ((branch), ())`;

/** The quarter's complaints per branch and what classify reads of them (the mapping itself is TypeScript's). */
const CLASSIFIABLE_SQL = `WITH ${PARAMS}
SELECT b.name AS branch, c.complaint_type, c.complaint_subtype,
  c.document->'stages'->'registration'->'policy'->>'productName' AS product,
  c.document->'stages'->'registration'->>'reasonCode' AS reason, c.document->'stages'->'registration'->>'lineCode' AS line, count(*) AS count
FROM sync_complaints c LEFT JOIN branches b ON b.id = c.branch_id
WHERE NOT c.deleted AND c.received_at >= $2::timestamptz AND c.received_at < $3::timestamptz
GROUP BY 1, 2, 3, 4, 5, 6`;

type CountsRow = { company: boolean; branch: string | null } & Record<
  'received' | 'withdrawn' | 'overdue' | 'referred' | 'repeats' | 'visits_due' | 'reached' | 'visit_answers' | 'visit_satisfied' | 'rated' | 'rated_satisfied' | 'due' | 'on_time',
  string
>;
type ClassifiableRow = { branch: string | null; complaint_type: ComplaintType; complaint_subtype: string; product: string | null; reason: string | null; line: string | null; count: string };

const countsOf = (r: CountsRow): QuarterCounts => ({
  branch: r.company ? null : r.branch,
  received: Number(r.received),
  withdrawn: Number(r.withdrawn),
  overdue: Number(r.overdue),
  referred: Number(r.referred),
  repeats: Number(r.repeats),
  visitsDue: Number(r.visits_due),
  reached: Number(r.reached),
  visitAnswers: Number(r.visit_answers),
  visitSatisfied: Number(r.visit_satisfied),
  rated: Number(r.rated),
  ratedSatisfied: Number(r.rated_satisfied),
  timeliness: { due: Number(r.due), onTime: Number(r.on_time) },
});

function countKeyOf(r: ClassifiableRow, classification: Classification) {
  const classified = classify(
    { complaintType: r.complaint_type, complaintSubtype: r.complaint_subtype, productName: r.product, reasonCode: r.reason, lineCode: r.line },
    classification,
  );
  return { ...packCountKey(classification, classified), branch: r.branch, count: Number(r.count) };
}

/** buildQuarterlyPack's answer for every branch's complaints, counted in one snapshot of PostgreSQL. */
export async function quarterlyPackFromSql(
  pool: pg.Pool,
  quarter: string,
  deadlines: DeadlineSettings,
  regulatory: Pick<RegulatorySettings, 'classification' | 'denominators'>,
  now: Date,
): Promise<QuarterlyPack> {
  const bounds = quarterBounds(quarter);
  const params = [
    quarterlyReadRange(quarter).start,
    new Date(bounds.fromMs).toISOString(),
    new Date(bounds.toMs).toISOString(),
    allowedDays({ complexity: 'standard' }, deadlines),
    allowedDays({ complexity: 'complex' }, deadlines),
    allowedDays({ complexity: 'especiallyComplex' }, deadlines),
    now.toISOString(),
    REGULATOR_CHANNEL,
  ];
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const counted = (await client.query<CountsRow>(COUNTS_SQL, params)).rows;
    const classifiable = (await client.query<ClassifiableRow>(CLASSIFIABLE_SQL, params)).rows;
    await client.query('COMMIT');
    const company = counted.find((r) => r.company);
    return packOfCounts(quarter, regulatory, now, {
      counts: classifiable.map((r) => countKeyOf(r, regulatory.classification)),
      company: company ? countsOf(company) : countsOf({ company: true, branch: null, ...ZERO }),
      branches: counted.filter((r) => !r.company).map(countsOf),
    });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const ZERO = Object.fromEntries(
  ['received', 'withdrawn', 'overdue', 'referred', 'repeats', 'visits_due', 'reached', 'visit_answers', 'visit_satisfied', 'rated', 'rated_satisfied', 'due', 'on_time'].map((k) => [k, '0']),
) as Omit<CountsRow, 'company' | 'branch'>;
