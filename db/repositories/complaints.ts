import { statement } from '../statements';
import type { ComplaintWriteDB, ReadableDB } from '../handles';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';
import type { ComplaintSummary } from '../../shared/api/complaints';
import { normalizePhone } from '../../shared/domain/phone';

interface ComplaintRow {
  record: string;
}

/** The complaints table's columns and how each is taken from the record: the one list both statements are built from. */
const COLUMNS = {
  id: (c: Complaint) => c.id,
  number: (c: Complaint) => c.number,
  stage: (c: Complaint) => c.stage,
  status: (c: Complaint) => c.status,
  customer_name: (c: Complaint) => c.intake.customerName,
  contact_phone: (c: Complaint) => c.intake.contactPhone,
  contact_phone_key: (c: Complaint) => normalizePhone(c.intake.contactPhone),
  policy_number: (c: Complaint) => c.intake.policyNumber,
  complaint_type: (c: Complaint) => c.intake.complaintType,
  complaint_subtype: (c: Complaint) => c.intake.complaintSubtype,
  received_at: (c: Complaint) => c.receivedAt,
  created_at: (c: Complaint) => c.createdAt,
  updated_at: (c: Complaint) => c.updatedAt,
  assignee_id: (c: Complaint) => c.assignee?.id ?? null,
  version: (c: Complaint) => c.version,
  record: (c: Complaint) => JSON.stringify(c),
} satisfies Record<string, (c: Complaint) => string | number | null>;

type Column = keyof typeof COLUMNS;
const COLUMN_NAMES = Object.keys(COLUMNS) as Column[];
/** Set once, when the complaint is taken. */
const FIXED: ReadonlySet<Column> = new Set(['id', 'created_at']);

const INSERT_SQL = `INSERT INTO complaints (${COLUMN_NAMES.join(', ')}) VALUES (${COLUMN_NAMES.map((c) => `@${c}`).join(', ')})`;
const UPDATE_SQL = `UPDATE complaints SET ${COLUMN_NAMES.filter((c) => !FIXED.has(c))
  .map((c) => `${c} = @${c}`)
  .join(', ')} WHERE id = @id AND version = @expected`;

function columns(c: Complaint): Record<Column, string | number | null> {
  return Object.fromEntries(COLUMN_NAMES.map((name) => [name, COLUMNS[name](c)])) as Record<Column, string | number | null>;
}

export function insertComplaint(db: ComplaintWriteDB, complaint: Complaint): void {
  statement(db, INSERT_SQL).run(columns(complaint));
}

/** Writes the next version; refuses (returns false) when the row is not at the version the change started from. */
export function updateComplaint(db: ComplaintWriteDB, complaint: Complaint, expectedVersion: number): boolean {
  return statement(db, UPDATE_SQL).run({ ...columns(complaint), expected: expectedVersion }).changes === 1;
}

export function findComplaint(db: ReadableDB, id: string): Complaint | null {
  const row = statement(db, 'SELECT record FROM complaints WHERE id = ?').get(id) as ComplaintRow | undefined;
  return row ? ComplaintSchema.parse(JSON.parse(row.record)) : null;
}

export function toSummary(c: Complaint): ComplaintSummary {
  return {
    id: c.id,
    number: c.number,
    stage: c.stage,
    status: c.status,
    receivedAt: c.receivedAt,
    updatedAt: c.updatedAt,
    assignee: c.assignee,
    customerName: c.intake.customerName,
    contactPhone: c.intake.contactPhone,
    complaintType: c.intake.complaintType,
    complaintSubtype: c.intake.complaintSubtype,
  };
}

/** The per-field versions the server last confirmed for a complaint (field → server version); {} before its first pull. */
export function serverFieldVersions(db: ReadableDB, id: string): Record<string, number> {
  const row = statement(db, 'SELECT server_versions FROM complaints WHERE id = ?').get(id) as { server_versions: string } | undefined;
  return row ? (JSON.parse(row.server_versions) as Record<string, number>) : {};
}
