import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { openDatabase } from '../../../db/open';
import { complaintBranch } from '../../../db/repositories/complaint-branch';
import { readReportRows } from '../../../db/repositories/report-rows-repository';
import { makeTestDesk, validIntake } from '../../support/desk';
import { makeTempDir } from '../../support/temp-dir';
import { valueOf } from '../../support/workflow-desk';

let cleanup = () => {};
afterEach(() => cleanup());

const insert = `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, policy_number, complaint_type,
    complaint_subtype, received_at, created_at, updated_at, assignee_id, version, record)
  VALUES (@id, @number, @stage, @status, @customerName, @contactPhone, @policyNumber, @complaintType, @complaintSubtype,
    @receivedAt, @createdAt, @updatedAt, @assigneeId, @version, @record)`;

describe('migration 18: the branch a complaint is counted under', () => {
  it('keeps complaints written before it, their branch unknown (null), and stores a branch from then on', async () => {
    const made = makeTestDesk();
    const complaint = valueOf<Complaint>(await made.dispatch('complaints.create', validIntake({ callTime: '2026-11-20T10:00:00+08:00' })));
    made.close();

    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    const old = openDatabase(path, { migrate: { target: 17 } });
    old.prepare(insert).run({
      ...complaint.intake,
      ...complaint,
      assigneeId: complaint.assignee?.id ?? null,
      record: JSON.stringify(complaint),
    });
    old.close();

    const at18 = openDatabase(path, { migrate: { target: 18 } });
    expect(at18.prepare('SELECT branch_id, branch_name FROM complaints').get()).toEqual({ branch_id: null, branch_name: null });
    at18.close();
    // Read as today's desk reads it (the report rows' query names columns of later migrations).
    const db = openDatabase(path);
    const [row] = readReportRows(db, '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');
    expect(row).toMatchObject({ id: complaint.id, branch: null });
    const branch = { id: 'a7d1c0de-0000-4000-8000-000000000001', name: '华东分公司' };
    db.prepare('UPDATE complaints SET branch_id = ?, branch_name = ? WHERE id = ?').run(branch.id, branch.name, complaint.id);
    expect(complaintBranch(db, complaint.id)).toEqual(branch);
    expect(readReportRows(db, '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')[0]?.branch).toBe('华东分公司');
    db.close();
  });
});
