import type { Complaint } from '../../shared/domain/complaint';
import { closedSuspendedMsOf, suspendedSinceOf } from '../../shared/domain/workflow/clock-stop';

/**
 * The columns the server keeps beside a complaint's document (server migration 14) for the exports and the
 * figures: read from the document here, and only here, and written by the same statement that writes the
 * document (server/sync/push-writes.ts), so the two never disagree. The branch and team are the placement's
 * own columns. The due time is not a column: it follows the deadline settings in force (see report-figures-sql.ts).
 */
export interface ReportColumns {
  /** Null only for a time PostgreSQL could not read (the push's clock rule refuses those before they get here). */
  receivedAt: string | null;
  endedAt: string | null;
  status: string;
  stage: string;
  complaintType: string;
  complaintSubtype: string;
  channel: string;
  complexity: string;
  satisfaction: number | null;
  /**
   * The time the deadline clock stood (挂起) in the suspensions that ended, and when the open one began (of an
   * open complaint): the due time is received + allowed days + suspended_ms, as `storedDueAt` computes it and a
   * report row carries it, with `suspendedSince` beside it.
   */
  suspendedMs: number;
  suspendedSince: string | null;
}

const instant = (time: string) => {
  const t = Date.parse(time);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

function clockStopOf(c: Complaint): Pick<ReportColumns, 'suspendedMs' | 'suspendedSince'> {
  if (Number.isNaN(Date.parse(c.receivedAt))) return { suspendedMs: 0, suspendedSince: null };
  const stopped = { suspensions: c.suspensions ?? [], receivedAt: c.receivedAt };
  return { suspendedMs: closedSuspendedMsOf(stopped), suspendedSince: c.status === 'open' ? suspendedSinceOf(stopped) : null };
}

export function reportColumnsOf(c: Complaint): ReportColumns {
  const satisfaction = (c.stages as Partial<Record<string, Record<string, unknown> | undefined>>).feedback?.satisfaction;
  return {
    receivedAt: instant(c.receivedAt),
    endedAt: c.endedAt ? instant(c.endedAt) : null,
    status: c.status,
    stage: c.stage,
    complaintType: c.intake.complaintType,
    complaintSubtype: c.intake.complaintSubtype,
    channel: c.intake.channel,
    complexity: c.complexity ?? 'standard',
    satisfaction: typeof satisfaction === 'number' ? satisfaction : null,
    ...clockStopOf(c),
  };
}

/** The columns in the order of REPORT_COLUMN_NAMES, one array per column, for an `unnest` insert. */
export const REPORT_COLUMN_NAMES = [
  'received_at',
  'ended_at',
  'status',
  'stage',
  'complaint_type',
  'complaint_subtype',
  'channel',
  'complexity',
  'satisfaction',
  'suspended_ms',
  'suspended_since',
] as const;
export const REPORT_COLUMN_TYPES = ['timestamptz', 'timestamptz', 'text', 'text', 'text', 'text', 'text', 'text', 'smallint', 'bigint', 'timestamptz'] as const;

export function reportColumnArrays(complaints: readonly Complaint[]): unknown[][] {
  const rows = complaints.map(reportColumnsOf);
  return [
    rows.map((r) => r.receivedAt),
    rows.map((r) => r.endedAt),
    rows.map((r) => r.status),
    rows.map((r) => r.stage),
    rows.map((r) => r.complaintType),
    rows.map((r) => r.complaintSubtype),
    rows.map((r) => r.channel),
    rows.map((r) => r.complexity),
    rows.map((r) => r.satisfaction),
    rows.map((r) => r.suspendedMs),
    rows.map((r) => r.suspendedSince),
  ];
}
