import type { Complaint } from '../complaint';
import { storedDueAt, type DeadlineSettings } from '../workflow/deadlines';
import { closedSuspendedMsOf, suspendedSinceOf } from '../workflow/clock-stop';
import type { ReportRow } from './report-row';

/**
 * A complaint's report row from its whole record: how the server (which keeps documents, not the
 * desk's generated columns) reads what the desk's report query reads; a test holds the two equal.
 * The branch is not in the record: the server knows it from where it placed the complaint.
 */
export function reportRowOf(c: Complaint, deadlines: DeadlineSettings, branch: string | null): ReportRow {
  const stages = c.stages as Partial<Record<string, Record<string, unknown> | undefined>>;
  const satisfaction = stages.feedback?.satisfaction;
  const measures = stages.closure?.improvementMeasures;
  return {
    id: c.id,
    number: c.number,
    receivedAt: new Date(c.receivedAt).toISOString(),
    dueAt: storedDueAt(c, deadlines).toISOString(),
    suspendedSince: c.status === 'open' ? suspendedSinceOf(c) : null,
    suspendedMs: closedSuspendedMsOf(c),
    endedAt: c.endedAt ?? null,
    complaintType: c.intake.complaintType,
    complaintSubtype: c.intake.complaintSubtype,
    channel: c.intake.channel,
    stage: c.stage,
    status: c.status,
    assigneeId: c.assignee?.id ?? null,
    assigneeName: c.assignee?.name ?? null,
    branch,
    customerName: c.intake.customerName,
    contactPhone: c.intake.contactPhone,
    policyNumber: c.intake.policyNumber,
    demand: c.intake.demand ?? '',
    satisfaction: typeof satisfaction === 'number' ? satisfaction : null,
    rootCause: typeof stages.analysis?.rootCause === 'string' ? stages.analysis.rootCause : null,
    lessonsLearned: typeof stages.closure?.lessonsLearned === 'string' ? stages.closure.lessonsLearned : null,
    improvementMeasures: Array.isArray(measures) ? (measures as string[]) : [],
  };
}

/** Received first, then by id: the order of the 明细 sheet on the desk and on the server. */
export const byReceipt = (a: ReportRow, b: ReportRow) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
