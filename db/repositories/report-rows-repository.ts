import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';
import type { ReportRow } from '../../shared/domain/reports/report-row';
import type { DecisionTimeRow } from '../../shared/domain/reports/quarterly/timeliness';
import type { RegulatoryFigures } from '../../shared/domain/reports/regulatory';

/**
 * Read in raw mode (arrays, in this column order) and built into plain objects in one literal: for the
 * 100k rows of a daily-log export, named-column objects plus a rest/spread copy cost twice the query.
 */
const COLUMNS = `
  id, number, received_utc, due_at, ended_at, complaint_type, complaint_subtype, channel, stage, status,
  assignee_id, customer_name, contact_phone, policy_number,
  json_extract(record, '$.assignee.name', '$.intake.demand', '$.stages.feedback.satisfaction',
    '$.stages.analysis.rootCause', '$.stages.closure.lessonsLearned', '$.stages.closure.improvementMeasures'),
  branch_name, suspended_since, suspended_ms`;
const SELECT_ROWS = `SELECT ${COLUMNS} FROM complaints WHERE received_utc >= ? AND received_utc < ? ORDER BY received_utc, id`;
/** A page after a (received_utc, id) position: each page is one short query, so the connection is free between pages. */
const SELECT_PAGE = `
  SELECT ${COLUMNS} FROM complaints
   WHERE received_utc >= @after AND received_utc < @end AND (received_utc > @after OR id > @afterId)
   ORDER BY received_utc, id LIMIT @limit`;

type RawRow = [
  id: string, number: string, receivedAt: string, dueAt: string, endedAt: string | null, complaintType: ReportRow['complaintType'],
  complaintSubtype: string, channel: ReportRow['channel'], stage: ReportRow['stage'], status: ReportRow['status'],
  assigneeId: string | null, customerName: string, contactPhone: string, policyNumber: string,
  /** One json_extract with many paths reads the record once and answers a JSON array. */
  fromRecord: string,
  branch: string | null,
  suspendedSince: string | null,
  suspendedMs: number,
];
type FromRecord = [string | null, string | null, number | null, string | null, string | null, string[] | null];

function toRow(raw: RawRow): ReportRow {
  const [assigneeName, demand, satisfaction, rootCause, lessonsLearned, measures] = JSON.parse(raw[14]) as FromRecord;
  return {
    id: raw[0], number: raw[1], receivedAt: raw[2], dueAt: raw[3], endedAt: raw[4], complaintType: raw[5], complaintSubtype: raw[6],
    channel: raw[7], stage: raw[8], status: raw[9], assigneeId: raw[10], assigneeName, customerName: raw[11], contactPhone: raw[12],
    policyNumber: raw[13], demand: demand ?? '', satisfaction, rootCause, lessonsLearned, improvementMeasures: measures ?? [],
    branch: raw[15],
    suspendedSince: raw[16],
    suspendedMs: raw[17],
  };
}

/** The complaints received in [start, end) (UTC instants), in order of receipt. */
export function readReportRows(db: ReadableDB, start: string, end: string): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const raw of statement(db, SELECT_ROWS).raw(true).iterate(start, end) as IterableIterator<RawRow>) rows.push(toRow(raw));
  return rows;
}

/** Where a page of report rows ended; the next page starts after it. */
export interface ReportRowCursor {
  receivedAt: string;
  id: string;
}

/**
 * Up to `limit` of the complaints received in [start, end) after `cursor` (from the start when null), in
 * readReportRows' order, each handed to `visit` as it is read and held by nobody after: an export goes
 * through 100k complaints a page at a time. (Pages held whole made V8 pretenure the report rows in one
 * run out of three, ~80 MB more heap: docs/export-performance.md.) Answers where a full page ended,
 * null after the last page.
 */
export function visitReportRowPage(
  db: ReadableDB,
  start: string,
  end: string,
  cursor: ReportRowCursor | null,
  limit: number,
  visit: (row: ReportRow) => void,
): ReportRowCursor | null {
  const raws = statement(db, SELECT_PAGE).raw(true).iterate({ after: cursor?.receivedAt ?? start, afterId: cursor?.id ?? '', end, limit });
  let read = 0;
  let last: RawRow | null = null;
  for (const raw of raws as IterableIterator<RawRow>) {
    read += 1;
    last = raw;
    visit(toRow(raw));
  }
  return read === limit && last ? { receivedAt: last[2], id: last[0] } : null;
}

/**
 * What the 15/30/60-day shares need of the complaints received in [since, start) whose stored due time falls in
 * [start, end) (by the due_at index): the deadline base of 投诉办理及时率 reaches back past the range's receipts
 * (since: DUE_LOOKBACK_DAYS before start, as the server reads them).
 */
export function readEarlierDueRows(db: ReadableDB, since: string, start: string, end: string): DecisionTimeRow[] {
  return statement(
    db,
    `SELECT received_utc AS receivedAt, due_at AS dueAt, ended_at AS endedAt, status, suspended_since AS suspendedSince, suspended_ms AS suspendedMs
       FROM complaints WHERE due_at >= ? AND due_at < ? AND received_utc >= ? AND received_utc < ?`,
  ).all(start, end, since, start) as DecisionTimeRow[];
}

export function countReportRows(db: ReadableDB, start: string, end: string): number {
  return (statement(db, 'SELECT count(*) AS n FROM complaints WHERE received_utc >= ? AND received_utc < ?').get(start, end) as { n: number }).n;
}

export function readRegulatoryFigures(db: ReadableDB, period: string): RegulatoryFigures | null {
  const row = statement(db, 'SELECT policies, premium_yuan AS premiumYuan, insured_persons AS insuredPersons FROM regulatory_figures WHERE period = ?').get(period) as
    | RegulatoryFigures
    | undefined;
  return row ?? null;
}

export function writeRegulatoryFigures(db: WritableDB, period: string, figures: RegulatoryFigures, by: string, at: string): void {
  statement(
    db,
    `INSERT INTO regulatory_figures (period, policies, premium_yuan, insured_persons, updated_at, updated_by)
     VALUES (@period, @policies, @premiumYuan, @insuredPersons, @at, @by)
     ON CONFLICT (period) DO UPDATE SET policies = excluded.policies, premium_yuan = excluded.premium_yuan,
       insured_persons = excluded.insured_persons, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ period, ...figures, at, by });
}
