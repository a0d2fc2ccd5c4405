import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';
import type { CallRecord } from '../../shared/api/calls';
import type { CallDirection, HangupCause } from '../../shared/domain/cti/call-event';

interface CallRow {
  id: string;
  number: string;
  number_key: string | null;
  direction: CallDirection;
  agent: string | null;
  queue: string | null;
  source: CallRecord['source'];
  started_at: string;
  answered_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  cause: HangupCause | null;
  complaint_id: string | null;
}

export type NewCall = Pick<CallRecord, 'id' | 'number' | 'numberKey' | 'direction' | 'agent' | 'queue' | 'source' | 'startedAt'>;

function toRecord(r: CallRow): CallRecord {
  return {
    id: r.id,
    number: r.number,
    numberKey: r.number_key,
    direction: r.direction,
    agent: r.agent,
    queue: r.queue,
    source: r.source,
    startedAt: r.started_at,
    answeredAt: r.answered_at,
    endedAt: r.ended_at,
    durationSeconds: r.duration_seconds,
    cause: r.cause,
    complaintId: r.complaint_id,
    missed: r.direction === 'in' && r.answered_at === null && r.ended_at !== null,
  };
}

/** Inserts the call unless its id is already known (PBXs resend); returns whether a row was written. */
export function insertCall(db: WritableDB, call: NewCall): boolean {
  const result = statement(db, 
      `INSERT INTO calls (id, number, number_key, direction, agent, queue, source, started_at)
       VALUES (@id, @number, @numberKey, @direction, @agent, @queue, @source, @startedAt)
       ON CONFLICT (id) DO NOTHING`,
    )
    .run(call);
  return result.changes === 1;
}

export function findCall(db: ReadableDB, id: string): CallRecord | null {
  const row = statement(db, 'SELECT * FROM calls WHERE id = ?').get(id) as CallRow | undefined;
  return row ? toRecord(row) : null;
}

/** The first answer counts; a late duplicate does not move the time. */
export function markCallAnswered(db: WritableDB, id: string, at: string, agent: string | null): void {
  statement(db, 
    `UPDATE calls SET answered_at = coalesce(answered_at, @at), agent = coalesce(@agent, agent)
     WHERE id = @id AND ended_at IS NULL`,
  ).run({ id, at, agent });
}

/** The first hangup counts: talk time runs from the answer (0 when nobody answered). */
export function markCallHungUp(db: WritableDB, id: string, at: string, cause: HangupCause | null, agent: string | null): void {
  statement(db, 
    `UPDATE calls SET ended_at = @at, cause = @cause, agent = coalesce(@agent, agent),
       duration_seconds = CASE WHEN answered_at IS NULL THEN 0
         ELSE max(0, CAST(round((julianday(@at) - julianday(answered_at)) * 86400) AS INTEGER)) END
     WHERE id = @id AND ended_at IS NULL`,
  ).run({ id, at, cause, agent });
}

/** Returns false when the call is unknown. */
export function linkCallToComplaint(db: WritableDB, callId: string, complaintId: string): boolean {
  return statement(db, 'UPDATE calls SET complaint_id = ? WHERE id = ?').run(complaintId, callId).changes === 1;
}

/** The call log, newest first (missedOnly: inbound calls nobody answered). */
export function findCalls(db: ReadableDB, options: { missedOnly: boolean; limit: number }): CallRecord[] {
  const missed = "WHERE direction = 'in' AND answered_at IS NULL AND ended_at IS NOT NULL";
  const rows = statement(db, `SELECT * FROM calls ${options.missedOnly ? missed : ''} ORDER BY started_at DESC, rowid DESC LIMIT ?`)
    .all(options.limit) as CallRow[];
  return rows.map(toRecord);
}
