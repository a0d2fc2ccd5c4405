import type { Channel } from '../channels';
import type { ComplaintStatus } from '../complaint';
import type { ComplaintType } from '../complaint-types';
import type { Stage } from '../stages';

/** What the reports and exports need of one complaint: read straight from columns and the record, without the whole record. */
export interface ReportRow {
  id: string;
  number: string;
  /** UTC ISO instants. */
  receivedAt: string;
  /** The due instant with the ended suspensions counted (the desk's due_at); an open one is `suspendedSince`. */
  dueAt: string;
  /** When the open suspension (挂起) began, while the clock stands; absent or null while it runs. */
  suspendedSince?: string | null;
  /** The time of its ended suspensions (挂起), not counted toward its decision time; absent: none. */
  suspendedMs?: number;
  endedAt: string | null;
  complaintType: ComplaintType;
  /** A fixed subtype's code or one the organisation added. */
  complaintSubtype: string;
  channel: Channel;
  stage: Stage;
  status: ComplaintStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  /** The branch (分公司) the complaint is counted under, by name; null when the desk does not know it yet. */
  branch: string | null;
  customerName: string;
  contactPhone: string;
  policyNumber: string;
  demand: string;
  satisfaction: number | null;
  rootCause: string | null;
  lessonsLearned: string | null;
  improvementMeasures: string[];
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from receipt to the decision (closure) of a closed complaint; null for open or withdrawn ones. */
export function daysToDecision(row: Pick<ReportRow, 'status' | 'receivedAt' | 'endedAt'>): number | null {
  if (row.status !== 'closed' || !row.endedAt) return null;
  return (Date.parse(row.endedAt) - Date.parse(row.receivedAt)) / DAY_MS;
}

/** Open and past its due time as of now (a suspended one: already past it when the clock stopped, clock-stop.ts). */
export const isOverdueNow = (row: Pick<ReportRow, 'status' | 'dueAt' | 'suspendedSince'>, now: Date) =>
  row.status === 'open' && Date.parse(row.dueAt) < (row.suspendedSince ? Date.parse(row.suspendedSince) : now.getTime());

/** Not decided within its deadline: open and past due, or ended after the due time. */
export function missedDeadline(row: Pick<ReportRow, 'status' | 'dueAt' | 'endedAt' | 'suspendedSince'>, now: Date): boolean {
  if (row.status === 'open') return isOverdueNow(row, now);
  return row.endedAt !== null && Date.parse(row.endedAt) > Date.parse(row.dueAt);
}
