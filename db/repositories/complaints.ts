import type { Database } from 'better-sqlite3';
import { statement } from '../statements';
import { ComplaintSchema, type Complaint } from '../../shared/domain/complaint';
import type { ComplaintSummary } from '../../shared/api/complaints';
import { normalizePhone } from '../../shared/domain/phone';

interface ComplaintRow {
  record: string;
}

function columns(c: Complaint) {
  return {
    id: c.id,
    number: c.number,
    stage: c.stage,
    status: c.status,
    customer_name: c.intake.customerName,
    contact_phone: c.intake.contactPhone,
    contact_phone_key: normalizePhone(c.intake.contactPhone),
    policy_number: c.intake.policyNumber,
    complaint_type: c.intake.complaintType,
    complaint_subtype: c.intake.complaintSubtype,
    received_at: c.receivedAt,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    assignee_id: c.assignee?.id ?? null,
    version: c.version,
    record: JSON.stringify(c),
  };
}

export function insertComplaint(db: Database, complaint: Complaint): void {
  statement(db, 
    `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, contact_phone_key, policy_number,
       complaint_type, complaint_subtype, received_at, created_at, updated_at, assignee_id, version, record)
     VALUES (@id, @number, @stage, @status, @customer_name, @contact_phone, @contact_phone_key, @policy_number,
       @complaint_type, @complaint_subtype, @received_at, @created_at, @updated_at, @assignee_id, @version, @record)`,
  ).run(columns(complaint));
}

/** Writes the next version; refuses (returns false) when the row is not at the version the change started from. */
export function updateComplaint(db: Database, complaint: Complaint, expectedVersion: number): boolean {
  const result = statement(db, 
      `UPDATE complaints SET number = @number, stage = @stage, status = @status, customer_name = @customer_name,
         contact_phone = @contact_phone, contact_phone_key = @contact_phone_key, policy_number = @policy_number, complaint_type = @complaint_type,
         complaint_subtype = @complaint_subtype, received_at = @received_at, updated_at = @updated_at,
         assignee_id = @assignee_id, version = @version, record = @record
       WHERE id = @id AND version = @expected`,
    )
    .run({ ...columns(complaint), expected: expectedVersion });
  return result.changes === 1;
}

export function findComplaint(db: Database, id: string): Complaint | null {
  const row = statement(db, 'SELECT record FROM complaints WHERE id = ?').get(id) as ComplaintRow | undefined;
  return row ? ComplaintSchema.parse(JSON.parse(row.record)) : null;
}

export function listComplaintsAssignedTo(db: Database, assigneeId: string, limit = 500): ComplaintSummary[] {
  const rows = statement(db, 'SELECT record FROM complaints WHERE assignee_id = ? ORDER BY received_at DESC, number DESC LIMIT ?')
    .all(assigneeId, limit) as ComplaintRow[];
  return rows.map((row) => toSummary(ComplaintSchema.parse(JSON.parse(row.record))));
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
