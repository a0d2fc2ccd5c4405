import { toSummary } from '../../../db/repositories/complaints';
import type { ComplaintListItem } from '../../../shared/api/complaints';
import type { Complaint } from '../../../shared/domain/complaint';
import { deadlineOf } from '../../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../../context';
import { readDeadlineSettings } from '../workflow/deadline-settings';
import { returnVisitOf } from '../../../shared/domain/workflow/return-visit';
import { clockSettings } from '../org/clock-settings';

/** Complaints as lists show them: the summary and the deadline state as of the desk's clock now. */
export function toListItems(ctx: DeskContext, complaints: readonly Complaint[]): ComplaintListItem[] {
  const now = ctx.clock();
  const settings = readDeadlineSettings(ctx);
  const clock = clockSettings(ctx);
  return complaints.map((complaint) => ({
    ...toSummary(complaint),
    complexity: complaint.complexity,
    deadline: deadlineOf(complaint, settings, now),
    returnVisit: returnVisitOf(complaint, clock, now),
  }));
}
