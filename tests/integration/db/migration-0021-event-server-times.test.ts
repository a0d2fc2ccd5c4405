import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import type { ComplaintWriteDB } from '../../../db/handles';
import { openDatabase } from '../../../db/open';
import { appendEvents, listEvents, recordServerTimes } from '../../../db/repositories/complaint-events';
import { purgeComplaints } from '../../../db/repositories/retention';
import { makeTestDesk, validIntake } from '../../support/desk';
import { makeTempDir } from '../../support/temp-dir';
import { valueOf } from '../../support/workflow-desk';

let cleanup = () => {};
afterEach(() => cleanup());

const insert = `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, policy_number, complaint_type,
    complaint_subtype, received_at, created_at, updated_at, assignee_id, version, record)
  VALUES (@id, @number, @stage, @status, @customerName, @contactPhone, @policyNumber, @complaintType, @complaintSubtype,
    @receivedAt, @createdAt, @updatedAt, @assigneeId, @version, @record)`;

describe("migration 21: the server's time of an event this desk wrote first", () => {
  it('keeps the timeline as written, shows the time the server holds, and leaves with its complaint', async () => {
    const made = makeTestDesk();
    const complaint = valueOf<Complaint>(await made.dispatch('complaints.create', validIntake()));
    await made.dispatch('complaints.addNote', { id: complaint.id, text: '客户来电催办' });
    const before = listEvents(made.db, complaint.id);
    made.close();

    // The same complaint and timeline in a desk database of before the migration.
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const path = join(temp.dir, 'desk.sqlite');
    const old = openDatabase(path, { migrate: { target: 20 } });
    old.prepare(insert).run({ ...complaint.intake, ...complaint, assigneeId: complaint.assignee?.id ?? null, record: JSON.stringify(complaint) });
    appendEvents(old as ComplaintWriteDB, before);
    old.close();
    const migrated = openDatabase(path, { migrate: { target: 21 } });
    expect(listEvents(migrated, complaint.id)).toEqual(before);

    // The server moved the note 12 minutes back (the desk's clock was fast): the timeline shows the server's time, in its order.
    const note = before[1]!;
    const moved: TimelineEvent = { ...note, at: new Date(Date.parse(note.at) - 12 * 60_000).toISOString() };
    recordServerTimes(migrated as ComplaintWriteDB, [before[0]!, moved]);
    expect(listEvents(migrated, complaint.id).map((e) => [e.kind, e.at])).toEqual([
      ['note.added', moved.at],
      ['complaint.created', before[0]!.at],
    ]);
    expect(migrated.prepare('SELECT at FROM complaint_events WHERE id = ?').pluck().get(note.id)).toBe(note.at);
    expect(purgeComplaints(migrated, [complaint.id, complaint.id]).linkedRows.event_server_times).toBe(1);
    migrated.close();
  });
});
