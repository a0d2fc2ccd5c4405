import type { ComplaintWriteDB, ReadableDB } from '../handles';
import { statement } from '../statements';
import { NOT_REFUSED } from './refused-events';
import type { TimelineEvent } from '../../shared/domain/complaint';

interface EventRow {
  id: string;
  complaint_id: string;
  at: string;
  actor_id: string;
  actor_name: string;
  kind: string;
  changes: string;
  data: string;
}

export function appendEvents(db: ComplaintWriteDB, events: readonly TimelineEvent[], ifNew = false): void {
  const insert = statement(db, 
    `INSERT ${ifNew ? 'OR IGNORE ' : ''}INTO complaint_events (id, complaint_id, at, actor_id, actor_name, kind, changes, data)
     VALUES (@id, @complaint_id, @at, @actor_id, @actor_name, @kind, @changes, @data)`,
  );
  for (const e of events) {
    insert.run({
      id: e.id,
      complaint_id: e.complaintId,
      at: e.at,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      kind: e.kind,
      changes: JSON.stringify(e.changes),
      data: JSON.stringify(e.data),
    });
  }
}

/**
 * The server's times of events this desk wrote first, from a pulled page: where the server moved a time by its
 * clock rule, the timeline shows the server's; where it kept the desk's, nothing is recorded.
 */
export function recordServerTimes(db: ComplaintWriteDB, events: readonly TimelineEvent[]): void {
  const record = statement(
    db,
    `INSERT INTO event_server_times (event_id, complaint_id, at)
     SELECT id, complaint_id, @at FROM complaint_events WHERE id = @id AND complaint_id = @complaintId AND at <> @at
     ON CONFLICT (event_id) DO UPDATE SET at = excluded.at`,
  );
  for (const e of events) record.run({ id: e.id, complaintId: e.complaintId, at: e.at });
}

/**
 * The timeline in the order things happened (each event's time, then the order written): desks that
 * worked offline receive each other's events in different orders, and must still show the same timeline.
 */
export function listEvents(db: ReadableDB, complaintId: string): TimelineEvent[] {
  // Events the server refused stay on the desk, unshown: the sync screen lists the refusal and its reason.
  // An event the server holds at another time (its clock rule moved the desk's) shows the server's time.
  const rows = statement(
    db,
    `SELECT e.id, e.complaint_id, COALESCE(t.at, e.at) AS at, e.actor_id, e.actor_name, e.kind, e.changes, e.data
     FROM complaint_events e LEFT JOIN event_server_times t ON t.event_id = e.id
     WHERE e.complaint_id = ? AND ${NOT_REFUSED} ORDER BY COALESCE(t.at, e.at), e.seq`,
  ).all(complaintId) as EventRow[];
  return rows.map((r) => ({
    id: r.id,
    complaintId: r.complaint_id,
    at: r.at,
    actor: { id: r.actor_id, name: r.actor_name },
    kind: r.kind,
    changes: JSON.parse(r.changes),
    data: JSON.parse(r.data),
  }));
}
