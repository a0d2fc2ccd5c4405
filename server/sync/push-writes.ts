import type { CallSnapshot } from '../../shared/domain/cti/call-snapshot';
import type { TimelineEvent } from '../../shared/domain/complaint';
import type { Refusal } from '../../shared/domain/refusal';
import type { Queryable } from '../db/queryable';
import { REPORT_COLUMN_NAMES, REPORT_COLUMN_TYPES, reportColumnArrays } from '../reports/report-columns';
import type { StoredComplaint } from './sync-repo';
import type { Placement } from './visibility';

/** Who pushed a mutation and how it ended: its audit row (and its rejection's, if refused). */
export interface Outcome {
  clientId: string;
  mutationId: number;
  opId: string;
  userId: string;
  name: string;
  complaintId: string;
  at: Date;
  /** The desk's clock when it made the mutation, how far off the server's it was, and the time the server used. */
  deskTime?: string;
  skewMs?: number;
  madeAt?: Date;
}

export type SavedComplaint = Omit<StoredComplaint, 'deleted' | 'position'>;

/**
 * What one push batch writes, gathered while its mutations run in order and written by one statement at
 * the end: each complaint's last state (at position 0, where it waits for the feed placer) with its report
 * columns beside it, the timeline
 * events (insert-only, keyed by the desk's UUIDs), removals for those who saw a complaint before it moved,
 * the latest snapshot of each call, rejections with their reasons, and one audit row per op id.
 */
export class PushWrites {
  private readonly complaints = new Map<string, SavedComplaint>();
  private readonly events: TimelineEvent[] = [];
  private readonly removals: Array<{ complaintId: string } & Placement> = [];
  private readonly calls = new Map<string, { complaintId: string; call: CallSnapshot; recordedBy: string }>();
  private readonly rejections: Array<{ outcome: Outcome; refusal: Refusal }> = [];
  private readonly audits: Array<{ outcome: Outcome; result: 'applied' | 'rejected' }> = [];
  private readonly resent = new Set<string>();

  applied(saved: SavedComplaint, events: readonly TimelineEvent[], movedFrom: Placement | null, calls: ReadonlyArray<{ call: CallSnapshot; recordedBy: string }>, outcome: Outcome): void {
    this.complaints.set(saved.complaint.id, saved);
    this.events.push(...events);
    if (movedFrom) this.removals.push({ complaintId: saved.complaint.id, ...movedFrom });
    for (const { call, recordedBy } of calls) this.calls.set(call.id, { complaintId: saved.complaint.id, call, recordedBy });
    this.audits.push({ outcome, result: 'applied' });
  }

  /** A change the server made itself (an assignment by rules): the complaint's new state and its event, audited under no op id. */
  serverChanged(saved: SavedComplaint, events: readonly TimelineEvent[]): void {
    this.complaints.set(saved.complaint.id, saved);
    this.events.push(...events);
  }

  /**
   * A refused mutation is kept, with its reason, for the agent's desk to show: nothing is dropped silently.
   * `resend`: the complaint exists here, and goes out on the feed again so the desk's optimistic copy is replaced.
   */
  rejected(outcome: Outcome, refusal: Refusal, resend = false): void {
    this.rejections.push({ outcome, refusal });
    this.audits.push({ outcome, result: 'rejected' });
    if (resend) this.resent.add(outcome.complaintId);
  }

  get isEmpty(): boolean {
    return this.audits.length === 0;
  }

  async save(tx: Queryable): Promise<void> {
    if (this.isEmpty) return;
    const complaints = [...this.complaints.values()];
    const calls = [...this.calls.values()];
    await tx.query(
      `WITH saved AS (
         INSERT INTO sync_complaints (id, document, version, field_versions, field_writers, owner_no, assignee_no, team_id, branch_id, needs_review, conflicts, ${REPORT_COLUMN_NAMES.join(', ')}, position)
         SELECT *, 0 FROM unnest($1::text[], $2::jsonb[], $3::int[], $4::jsonb[], $5::jsonb[], $6::text[], $7::text[], $8::uuid[], $9::uuid[], $10::boolean[], $11::jsonb[],
           ${REPORT_COLUMN_TYPES.map((type, i) => `$${43 + i}::${type}[]`).join(', ')})
         ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, version = EXCLUDED.version, field_versions = EXCLUDED.field_versions,
           field_writers = EXCLUDED.field_writers, assignee_no = EXCLUDED.assignee_no, team_id = EXCLUDED.team_id, branch_id = EXCLUDED.branch_id,
           needs_review = EXCLUDED.needs_review, conflicts = EXCLUDED.conflicts,
           ${REPORT_COLUMN_NAMES.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}, position = 0
       ), events AS (
         INSERT INTO sync_events (id, complaint_id, document)
         SELECT * FROM unnest($12::text[], $13::text[], $14::jsonb[]) ON CONFLICT (id) DO NOTHING
       ), removals AS (
         INSERT INTO sync_removals (position, complaint_id, assignee_no, owner_no, team_id)
         SELECT 0, * FROM unnest($15::text[], $16::text[], $17::text[], $18::uuid[])
       ), calls AS (
         INSERT INTO sync_calls (id, complaint_id, record, recorded_by)
         SELECT * FROM unnest($19::text[], $20::text[], $21::jsonb[], $39::text[]) ON CONFLICT (id) DO UPDATE SET complaint_id = EXCLUDED.complaint_id, record = EXCLUDED.record
       ), rejections AS (
         INSERT INTO sync_rejections (client_id, mutation_id, op_id, user_id, name, code, message_key, params, at)
         SELECT * FROM unnest($22::text[], $23::bigint[], $24::text[], $25::uuid[], $26::text[], $27::text[], $28::text[], $29::jsonb[], $30::timestamptz[])
       )
       INSERT INTO sync_audit (op_id, client_id, mutation_id, user_id, name, complaint_id, outcome, at, desk_time, clock_skew_ms, made_at)
       SELECT * FROM unnest($31::text[], $32::text[], $33::bigint[], $34::uuid[], $35::text[], $36::text[], $37::text[], $38::timestamptz[], $40::timestamptz[], $41::bigint[], $42::timestamptz[])`,
      [
        complaints.map((s) => s.complaint.id),
        complaints.map((s) => JSON.stringify(s.complaint)),
        complaints.map((s) => s.complaint.version),
        complaints.map((s) => JSON.stringify(s.fieldVersions)),
        complaints.map((s) => JSON.stringify(s.fieldWriters)),
        complaints.map((s) => s.ownerNo),
        complaints.map((s) => s.assigneeNo),
        complaints.map((s) => s.teamId),
        complaints.map((s) => s.branchId),
        complaints.map((s) => s.needsReview),
        complaints.map((s) => JSON.stringify(s.conflicts)),
        this.events.map((e) => e.id),
        this.events.map((e) => e.complaintId),
        this.events.map((e) => JSON.stringify(e)),
        this.removals.map((r) => r.complaintId),
        this.removals.map((r) => r.assigneeNo),
        this.removals.map((r) => r.ownerNo),
        this.removals.map((r) => r.teamId),
        calls.map((c) => c.call.id),
        calls.map((c) => c.complaintId),
        calls.map((c) => JSON.stringify(c.call)),
        ...columnsOf(this.rejections, [
          (r) => r.outcome.clientId,
          (r) => r.outcome.mutationId,
          (r) => r.outcome.opId,
          (r) => r.outcome.userId,
          (r) => r.outcome.name,
          (r) => r.refusal.code,
          (r) => r.refusal.messageKey,
          (r) => (r.refusal.params ? JSON.stringify(r.refusal.params) : null),
          (r) => r.outcome.at.toISOString(),
        ]),
        ...columnsOf(this.audits, [
          (a) => a.outcome.opId,
          (a) => a.outcome.clientId,
          (a) => a.outcome.mutationId,
          (a) => a.outcome.userId,
          (a) => a.outcome.name,
          (a) => a.outcome.complaintId,
          (a) => a.result,
          (a) => a.outcome.at.toISOString(),
        ]),
        calls.map((c) => c.recordedBy),
        ...columnsOf(this.audits, [(a) => validTime(a.outcome.deskTime), (a) => a.outcome.skewMs ?? null, (a) => a.outcome.madeAt?.toISOString() ?? null]),
        // $43…: the report columns, read from the document being written (server/reports/report-columns.ts).
        ...reportColumnArrays(complaints.map((s) => s.complaint)),
      ],
    );
    // Waiting at position 0, the feed placer numbers them with this push's changes (complaints it saved are there already).
    const resent = [...this.resent].filter((id) => !this.complaints.has(id));
    if (resent.length > 0) await tx.query('UPDATE sync_complaints SET position = 0 WHERE id = ANY($1::text[]) AND NOT deleted', [resent]);
  }
}

/** A desk's time as the audit stores it: a time the desk wrote that PostgreSQL cannot read is left out (the rejection says why). */
const validTime = (time: string | undefined) => (time !== undefined && !Number.isNaN(Date.parse(time)) ? new Date(time).toISOString() : null);

const columnsOf = <T>(rows: readonly T[], columns: Array<(row: T) => unknown>) => columns.map((column) => rows.map(column));
