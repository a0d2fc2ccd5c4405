import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/domain/complaint';
import type { ComplaintWriteDB } from '../../../db/handles';
import { appendEvents, listEvents, recordServerTimes } from '../../../db/repositories/complaint-events';
import { purgeComplaints } from '../../../db/repositories/retention';
import { deskFileSteps, insertComplaintRow } from '../../support/desk-migrations';
import { MIGRATIONS } from '../../../db/migrations';

const LATEST_VERSION = MIGRATIONS.at(-1)!.version;

const files = deskFileSteps();

const event = (id: string, kind: string, at: string): TimelineEvent => ({ id, complaintId: 'c1', at, actor: { id: 'A1001', name: '王芳' }, kind, changes: [], data: {} });

describe("migration 21: the server's time of an event this desk wrote first", () => {
  it('keeps the timeline as written, shows the time the server holds, and leaves with its complaint', () => {
    const { path, db: old } = files.at(20);
    insertComplaintRow(old, 'c1');
    const created = event('e1', 'complaint.created', '2026-11-25T02:00:00.000Z');
    const note = event('e2', 'note.added', '2026-11-25T02:05:00.000Z');
    appendEvents(old as ComplaintWriteDB, [created, note]);
    old.close();

    const db = files.reopenAt(path, 21);
    expect(listEvents(db, 'c1')).toEqual([created, note]);
    // The server moved the note 12 minutes back (the desk's clock was fast): the timeline shows the server's time, in its order.
    const moved = { ...note, at: '2026-11-25T01:53:00.000Z' };
    recordServerTimes(db as ComplaintWriteDB, [created, moved]);
    expect(listEvents(db, 'c1').map((e) => [e.id, e.at])).toEqual([
      ['e2', moved.at],
      ['e1', created.at],
    ]);
    expect(db.prepare('SELECT at FROM complaint_events WHERE id = ?').pluck().get('e2')).toBe(note.at);
    db.close();
    // Purged as today's desk purges (retention also clears tables of later migrations).
    const latest = files.reopenAt(path, LATEST_VERSION);
    expect(purgeComplaints(latest, ['c1', 'c1']).linkedRows.event_server_times).toBe(1);
    latest.close();
  });
});
