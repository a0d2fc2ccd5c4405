import { statement } from '../statements';
import type { ComplaintWriteDB, ReadableDB } from '../handles';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';
import type { ComplaintSummary } from '../../shared/api/complaints';
import { normalizePhone } from '../../shared/domain/phone';
import type { BranchRef } from '../../shared/sync/protocol';
import { dueAtSql } from './due-at';
import { closedSuspendedMsOf, suspendedSinceOf } from '../../shared/domain/workflow/clock-stop';
import { returnVisitPendingSince } from '../../shared/domain/workflow/return-visit';

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
  suspended_ms: (c: Complaint) => closedSuspendedMsOf(c),
  suspended_since: (c: Complaint) => (c.status === 'open' ? suspendedSinceOf(c) : null),
  return_visit_pending_since: (c: Complaint) => returnVisitPendingSince(c),
  record: (c: Complaint) => JSON.stringify(c),
} satisfies Record<string, (c: Complaint) => string | number | null>;

type Column = keyof typeof COLUMNS;
const COLUMN_NAMES = Object.keys(COLUMNS) as Column[];
/** Set once, when the complaint is taken. */
const FIXED: ReadonlySet<Column> = new Set(['id', 'created_at']);

/** The server's word on a pulled complaint, written with its row (db/repositories/server-state.ts). */
export interface ServerColumns {
  server_versions: string;
  needs_review: number;
  conflicts: string;
  branch_id: string | null;
  branch_name: string | null;
}
const SERVER_COLUMN_NAMES = ['server_versions', 'needs_review', 'conflicts', 'branch_id', 'branch_name'] satisfies (keyof ServerColumns)[];

// due_at is written with the row (from the complexity bound beside the columns), not by a trigger rewriting it.
const DUE_AT = dueAtSql('@received_at', '@complexity', '@suspended_ms');
const insertSql = (names: readonly string[]) => `INSERT INTO complaints (${names.join(', ')}, due_at) VALUES (${names.map((c) => `@${c}`).join(', ')}, ${DUE_AT})`;
const INSERT_SQL = insertSql([...COLUMN_NAMES, 'branch_id', 'branch_name']);
const INSERT_PULLED_SQL = insertSql([...COLUMN_NAMES, ...SERVER_COLUMN_NAMES]);
const UPDATE_SQL = `UPDATE complaints SET ${COLUMN_NAMES.filter((c) => !FIXED.has(c))
  .map((c) => `${c} = @${c}`)
  .join(', ')}, due_at = ${DUE_AT} WHERE id = @id AND version = @expected`;

function columns(c: Complaint): Record<Column | 'complexity', string | number | null> {
  return { ...(Object.fromEntries(COLUMN_NAMES.map((name) => [name, COLUMNS[name](c)])) as Record<Column, string | number | null>), complexity: c.complexity };
}

/** A new complaint's row; `branch` is the one it is counted under until the server says (its taker's, when the desk knows it). */
export function insertComplaint(db: ComplaintWriteDB, complaint: Complaint, branch: BranchRef | null = null): void {
  statement(db, INSERT_SQL).run({ ...columns(complaint), branch_id: branch?.id ?? null, branch_name: branch?.name ?? null });
}

/** A complaint first seen in a pull: its row and the server's word on it in one write. */
export function insertPulledComplaint(db: ComplaintWriteDB, complaint: Complaint, server: ServerColumns): void {
  statement(db, INSERT_PULLED_SQL).run({ ...columns(complaint), ...server });
}

/** Writes the next version; refuses (returns false) when the row is not at the version the change started from. */
export function updateComplaint(db: ComplaintWriteDB, complaint: Complaint, expectedVersion: number): boolean {
  return statement(db, UPDATE_SQL).run({ ...columns(complaint), expected: expectedVersion }).changes === 1;
}

export function findComplaint(db: ReadableDB, id: string): Complaint | null {
  const row = statement(db, 'SELECT record FROM complaints WHERE id = ?').get(id) as ComplaintRow | undefined;
  return row ? ComplaintSchema.parse(JSON.parse(row.record)) : null;
}

/** The version the desk holds of a complaint, or null when it has none (without reading its record). */
export function complaintVersion(db: ReadableDB, id: string): number | null {
  const row = statement(db, 'SELECT version FROM complaints WHERE id = ?').get(id) as { version: number } | undefined;
  return row ? row.version : null;
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

/** Every complaint id the desk holds (a first sync that starts over compares them with the server's snapshot). */
export function heldComplaintIds(db: ReadableDB): string[] {
  return (statement(db, 'SELECT id FROM complaints').all() as { id: string }[]).map((r) => r.id);
}
