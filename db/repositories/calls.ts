import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';
import type { CallRecord } from '../../shared/api/calls';
import type { CallDirection, HangupCause } from '../../shared/domain/cti/call-event';
import type { CallSnapshot } from '../../shared/domain/cti/call-snapshot';
import { normalizePhone } from '../../shared/domain/phone';

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
  recording_ref: string | null;
}

export type NewCall = Pick<CallRecord, 'id' | 'number' | 'numberKey' | 'direction' | 'agent' | 'queue' | 'source' | 'startedAt'>;

/** Calls with the recording reference an agent noted, if any. */
const SELECT_CALLS = 'SELECT calls.*, call_recordings.recording_ref FROM calls LEFT JOIN call_recordings ON call_recordings.call_id = calls.id';

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
    recordingRef: r.recording_ref,
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
  const row = statement(db, `${SELECT_CALLS} WHERE id = ?`).get(id) as CallRow | undefined;
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
export function setCallRecordingRef(db: WritableDB, callId: string, recordingRef: string | null): boolean {
  if (!statement(db, 'SELECT 1 FROM calls WHERE id = ?').get(callId)) return false;
  if (recordingRef === null) statement(db, 'DELETE FROM call_recordings WHERE call_id = ?').run(callId);
  else statement(db, 'INSERT INTO call_recordings (call_id, recording_ref) VALUES (?, ?) ON CONFLICT (call_id) DO UPDATE SET recording_ref = excluded.recording_ref').run(callId, recordingRef);
  return true;
}

export function linkCallToComplaint(db: WritableDB, callId: string, complaintId: string): boolean {
  return statement(db, 'UPDATE calls SET complaint_id = ? WHERE id = ?').run(complaintId, callId).changes === 1;
}

/** The call log, newest first (missedOnly: inbound calls nobody answered). */
export function findCalls(db: ReadableDB, options: { missedOnly: boolean; limit: number }): CallRecord[] {
  const missed = "AND direction = 'in' AND answered_at IS NULL AND ended_at IS NOT NULL";
  const rows = statement(db, `${SELECT_CALLS} WHERE pulled = 0 ${options.missedOnly ? missed : ''} ORDER BY calls.started_at DESC, calls.rowid DESC LIMIT ?`)
    .all(options.limit) as CallRow[];
  return rows.map(toRecord);
}

/** What the server needs to know of a call to show it beside its complaint elsewhere. */
export function callSnapshot(call: CallRecord): CallSnapshot {
  const { id, number, direction, agent, queue, source, startedAt, answeredAt, endedAt, durationSeconds, cause, recordingRef } = call;
  return { id, number, direction, agent, queue, source, startedAt, answeredAt, endedAt, durationSeconds, cause, recordingRef };
}

/**
 * A call pulled with its complaint (or replayed from a pending mutation): written as the snapshot says,
 * linked to the complaint. A call this desk took itself stays in its own call log; one it did not is marked pulled.
 */
export function saveCallSnapshot(db: WritableDB, complaintId: string, call: CallSnapshot): void {
  statement(
    db,
    `INSERT INTO calls (id, number, number_key, direction, agent, queue, source, started_at, answered_at, ended_at, duration_seconds, cause, complaint_id, pulled)
     VALUES (@id, @number, @numberKey, @direction, @agent, @queue, @source, @startedAt, @answeredAt, @endedAt, @durationSeconds, @cause, @complaintId, 1)
     ON CONFLICT (id) DO UPDATE SET number = excluded.number, number_key = excluded.number_key, direction = excluded.direction, agent = excluded.agent,
       queue = excluded.queue, started_at = excluded.started_at, answered_at = excluded.answered_at, ended_at = excluded.ended_at,
       duration_seconds = excluded.duration_seconds, cause = excluded.cause, complaint_id = excluded.complaint_id`,
  ).run({ ...call, numberKey: normalizePhone(call.number), complaintId });
  if (call.recordingRef === null) statement(db, 'DELETE FROM call_recordings WHERE call_id = ?').run(call.id);
  else statement(db, 'INSERT INTO call_recordings (call_id, recording_ref) VALUES (?, ?) ON CONFLICT (call_id) DO UPDATE SET recording_ref = excluded.recording_ref').run(call.id, call.recordingRef);
}

/** Pulled calls of complaints leaving this desk go with them (the desk's own calls are only unlinked, by the purge). */
export function deletePulledCalls(db: WritableDB, complaintIds: readonly string[]): void {
  const drop = statement(db, 'DELETE FROM calls WHERE complaint_id = ? AND pulled = 1');
  const dropRecording = statement(db, 'DELETE FROM call_recordings WHERE call_id IN (SELECT id FROM calls WHERE complaint_id = ? AND pulled = 1)');
  for (const id of complaintIds) {
    dropRecording.run(id);
    drop.run(id);
  }
}

/** The calls linked to a complaint, oldest first: the call it was taken on, and any linked later. */
export function callsOfComplaint(db: ReadableDB, complaintId: string): CallRecord[] {
  const rows = statement(db, `${SELECT_CALLS} WHERE complaint_id = ? ORDER BY calls.started_at, calls.rowid`).all(complaintId) as CallRow[];
  return rows.map(toRecord);
}
