import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';
import type { ReportRow } from '../../shared/domain/reports/report-row';
import type { RegulatoryFigures } from '../../shared/domain/reports/regulatory';

type FromRecord = 'assigneeName' | 'demand' | 'satisfaction' | 'rootCause' | 'lessonsLearned' | 'improvementMeasures';
interface RawRow extends Omit<ReportRow, FromRecord> {
  /** One json_extract with many paths reads the record once and answers a JSON array. */
  fromRecord: string;
}

const SELECT_ROWS = `
  SELECT id, number, received_utc AS receivedAt, due_at AS dueAt, ended_at AS endedAt,
         complaint_type AS complaintType, complaint_subtype AS complaintSubtype, channel, stage, status,
         assignee_id AS assigneeId,
         customer_name AS customerName, contact_phone AS contactPhone, policy_number AS policyNumber,
         json_extract(record, '$.assignee.name', '$.intake.demand', '$.stages.feedback.satisfaction',
           '$.stages.analysis.rootCause', '$.stages.closure.lessonsLearned', '$.stages.closure.improvementMeasures') AS fromRecord
    FROM complaints
   WHERE received_utc >= ? AND received_utc < ?
   ORDER BY received_utc, id`;

function toRow({ fromRecord, ...raw }: RawRow): ReportRow {
  const [assigneeName, demand, satisfaction, rootCause, lessonsLearned, measures] = JSON.parse(fromRecord) as [
    string | null, string | null, number | null, string | null, string | null, string[] | null,
  ];
  return { ...raw, assigneeName, demand: demand ?? '', satisfaction, rootCause, lessonsLearned, improvementMeasures: measures ?? [] };
}

/** The complaints received in [start, end) (UTC instants), streamed one at a time in order of receipt. */
export function* iterateReportRows(db: ReadableDB, start: string, end: string): Generator<ReportRow> {
  for (const raw of statement(db, SELECT_ROWS).iterate(start, end) as IterableIterator<RawRow>) yield toRow(raw);
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
