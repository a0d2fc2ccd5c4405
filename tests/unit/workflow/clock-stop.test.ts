import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Complaint } from '../../../shared/domain/complaint';
import { isRefusal, type Refusal } from '../../../shared/domain/refusal';
import type { CommandResult } from '../../../shared/domain/commands/create-complaint';
import { advance } from '../../../shared/domain/workflow/advance';
import { allowedActions } from '../../../shared/domain/workflow/allowed-actions';
import { closedSuspendedMsOf, suspendedMsOf, suspendedSinceOf } from '../../../shared/domain/workflow/clock-stop';
import { DEFAULT_DEADLINE_SETTINGS, deadlineOf, storedDueAt, type DeadlineSettings } from '../../../shared/domain/workflow/deadlines';
import { approveSuspension, resumeClock, suspendClock } from '../../../shared/domain/workflow/suspend';
import { withdraw } from '../../../shared/domain/workflow/withdraw';
import { reportRowOf } from '../../../shared/domain/reports/report-row-of';
import { isOverdueNow, missedDeadline } from '../../../shared/domain/reports/report-row';
import { complaintAt, HANDLER, LEAD, newComplaint, validStageData } from '../../support/workflow';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const RECEIVED = '2026-11-01T10:00:00+08:00';
const R = Date.parse(RECEIVED);
const at = (ms: number) => new Date(ms);
const SUSPEND = { kind: 'appraisal', reason: '车辆损失需司法鉴定', party: '某某司法鉴定所' };

function ok(result: CommandResult | Refusal): Complaint {
  if (isRefusal(result)) throw new Error(`refused: ${result.code}`);
  return result.complaint;
}
const suspend = (c: Complaint, t: number, id = `s-${t}`) => ok(suspendClock(c, { eventId: `e-${t}`, suspensionId: id, ...SUSPEND }, HANDLER, at(t)));
const resume = (c: Complaint, t: number) => ok(resumeClock(c, { eventId: `r-${t}`, outcome: '鉴定报告已出' }, HANDLER, at(t)));

describe('挂起: suspending the clock', () => {
  const c = newComplaint(HANDLER, RECEIVED);

  it('stops the clock: while suspended the remaining time stands still and the state says so', () => {
    const s = suspend(c, R + 5 * DAY);
    expect(suspendedSinceOf(s)).toBe(new Date(R + 5 * DAY).toISOString());
    const tenDaysLater = deadlineOf(s, DEFAULT_DEADLINE_SETTINGS, at(R + 15 * DAY));
    expect(tenDaysLater).toMatchObject({ state: 'suspended', dueAt: new Date(R + 25 * DAY).toISOString(), suspendedMs: 10 * DAY });
    // The due is 10 days ahead however long it stands: the clock is stopped with 10 of the 15 days left.
    expect(Date.parse(deadlineOf(s, DEFAULT_DEADLINE_SETTINGS, at(R + 40 * DAY)).dueAt) - (R + 40 * DAY)).toBe(10 * DAY);
  });

  it('resumes: the suspended days are added to the due date, and stored that way', () => {
    const r = resume(suspend(c, R + 5 * DAY), R + 9 * DAY);
    expect(r.suspensions[0]).toMatchObject({ resumedAt: new Date(R + 9 * DAY).toISOString(), resumedBy: { id: HANDLER.id }, outcome: '鉴定报告已出' });
    expect(closedSuspendedMsOf(r)).toBe(4 * DAY);
    expect(storedDueAt(r, DEFAULT_DEADLINE_SETTINGS).toISOString()).toBe(new Date(R + 19 * DAY).toISOString());
    expect(deadlineOf(r, DEFAULT_DEADLINE_SETTINGS, at(R + 18 * DAY))).toMatchObject({ state: 'dueSoon', suspendedMs: 4 * DAY, suspendedSince: null });
    expect(deadlineOf(r, DEFAULT_DEADLINE_SETTINGS, at(R + 19 * DAY + 1)).state).toBe('overdue');
  });

  it('does not rescue a complaint that was already overdue', () => {
    const s = suspend(c, R + 20 * DAY);
    expect(deadlineOf(s, DEFAULT_DEADLINE_SETTINGS, at(R + 30 * DAY)).state).toBe('overdue');
    const row = reportRowOf(s, DEFAULT_DEADLINE_SETTINGS, null);
    expect(isOverdueNow(row, at(R + 30 * DAY))).toBe(true);
    const inTime = reportRowOf(suspend(c, R + 14 * DAY), DEFAULT_DEADLINE_SETTINGS, null);
    expect(isOverdueNow(inTime, at(R + 30 * DAY))).toBe(false);
  });

  it('records the reason, the party and the attachment; refuses what the regulation does not name', () => {
    const s = ok(suspendClock(c, { eventId: 'e', suspensionId: 's1', ...SUSPEND, kind: 'mediation', attachmentId: 'att-1' }, HANDLER, at(R + DAY)));
    expect(s.suspensions[0]).toMatchObject({ kind: 'mediation', party: '某某司法鉴定所', attachmentId: 'att-1', startedBy: { id: HANDLER.id } });
    const bad = suspendClock(c, { eventId: 'e', suspensionId: 's1', ...SUSPEND, kind: 'holiday' }, HANDLER, at(R + DAY));
    expect(bad).toMatchObject({ code: 'suspension_invalid', messageKey: 'validation.suspension.kind.required' });
    const noParty = suspendClock(c, { eventId: 'e', suspensionId: 's1', ...SUSPEND, party: '  ' }, HANDLER, at(R + DAY));
    expect(noParty).toMatchObject({ code: 'suspension_invalid', messageKey: 'validation.suspension.party.required' });
  });

  it('refuses a second suspension while one is open, a resume without one, and closing while suspended', () => {
    const s = suspend(c, R + DAY);
    expect(suspendClock(s, { eventId: 'e2', suspensionId: 's2', ...SUSPEND }, HANDLER, at(R + 2 * DAY))).toMatchObject({ code: 'clock_suspended' });
    expect(resumeClock(c, { eventId: 'r', outcome: 'x' }, HANDLER, at(R + 2 * DAY))).toMatchObject({ code: 'clock_running' });
    expect(resumeClock(s, { eventId: 'r', outcome: ' ' }, HANDLER, at(R + 2 * DAY))).toMatchObject({ code: 'resume_invalid' });
    const atClosure = { ...complaintAt('closure'), suspensions: s.suspensions };
    expect(allowedActions(atClosure, HANDLER).advance).toMatchObject({ allowed: false, code: 'clock_suspended' });
    expect(advance(atClosure, { eventId: 'x', stage: 'closure', data: validStageData().closure }, HANDLER, at(R + 2 * DAY))).toMatchObject({ code: 'clock_suspended' });
    const atAnalysis = { ...complaintAt('analysis'), suspensions: s.suspensions };
    expect(allowedActions(atAnalysis, HANDLER).advance).toEqual({ allowed: true });
  });

  it('asks for a lead past the organisation\'s limit; only a lead or admin approves, once', () => {
    const settings: DeadlineSettings = { ...DEFAULT_DEADLINE_SETTINGS, suspensionApprovalDays: 10 };
    const s = suspend(c, R + DAY);
    expect(deadlineOf(s, settings, at(R + 11 * DAY)).suspensionNeedsApproval).toBe(false);
    expect(deadlineOf(s, settings, at(R + 11 * DAY + 1)).suspensionNeedsApproval).toBe(true);
    expect(approveSuspension(s, { eventId: 'a' }, HANDLER, at(R + 12 * DAY))).toMatchObject({ code: 'approval_required' });
    const approved = ok(approveSuspension(s, { eventId: 'a' }, LEAD, at(R + 12 * DAY)));
    expect(approved.suspensions[0]).toMatchObject({ approvedBy: { id: LEAD.id }, approvedAt: new Date(R + 12 * DAY).toISOString() });
    expect(deadlineOf(approved, settings, at(R + 20 * DAY)).suspensionNeedsApproval).toBe(false);
    expect(approveSuspension(approved, { eventId: 'b' }, LEAD, at(R + 13 * DAY))).toMatchObject({ code: 'already_approved' });
    expect(approveSuspension(c, { eventId: 'b' }, LEAD, at(R + 13 * DAY))).toMatchObject({ code: 'clock_running' });
  });

  it('ends with a withdrawal: the suspension closes on the day the withdrawal was received', () => {
    const s = suspend(c, R + 3 * DAY);
    const w = ok(withdraw(s, { eventId: 'w', receivedAt: new Date(R + 30 * DAY).toISOString(), reason: '已和解' }, HANDLER, at(R + 31 * DAY)));
    expect(w.suspensions[0]?.resumedAt).toBe(new Date(R + 30 * DAY).toISOString());
    expect(suspendedSinceOf(w)).toBeNull();
    expect(deadlineOf(w, DEFAULT_DEADLINE_SETTINGS, at(R + 40 * DAY))).toMatchObject({ state: 'done', endedAs: 'withdrawn', endedLate: false, suspendedMs: 27 * DAY });
    expect(missedDeadline(reportRowOf(w, DEFAULT_DEADLINE_SETTINGS, null), at(R + 40 * DAY))).toBe(false);
  });
});

/**
 * The reference: walk from receipt one grid step (a day, or an hour) at a time and count the steps the clock
 * was not suspended. The complaint is late once more steps were counted than it is allowed; while suspended it
 * shows `suspended` until then; a running one is due soon within 3 days of the limit.
 */
function referenceCount(intervals: readonly [number, number | null][], upTo: number, step: number): number {
  let counted = 0;
  for (let t = R; t < upTo; t += step) {
    const suspended = intervals.some(([s, e]) => t >= s && (e === null || t < e));
    if (!suspended) counted += 1;
  }
  return counted;
}

/** A random run of suspend/resume at grid times (gaps of 0–12 steps), then a time to look at. */
const runs = fc.record({
  gaps: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 8 }),
  lookAfter: fc.integer({ min: 0, max: 40 }),
  complexity: fc.constantFrom('standard', 'complex', 'especiallyComplex' as const),
  standardDays: fc.integer({ min: 1, max: 20 }),
  withdrawAtEnd: fc.boolean(),
});

function checkAgainstReference(step: number) {
  fc.assert(
    fc.property(runs, ({ gaps, lookAfter, complexity, standardDays, withdrawAtEnd }) => {
      const settings: DeadlineSettings = { ...DEFAULT_DEADLINE_SETTINGS, standardDays, complexDays: standardDays + 5, extensionDays: 7 };
      let c: Complaint = { ...newComplaint(HANDLER, RECEIVED), complexity };
      const intervals: [number, number | null][] = [];
      let t = R;
      for (const [i, gap] of gaps.entries()) {
        t += gap * step;
        if (i % 2 === 0) {
          c = suspend(c, t, `s${i}`);
          intervals.push([t, null]);
        } else {
          c = resume(c, t);
          intervals[intervals.length - 1]![1] = t;
        }
      }
      const now = t + lookAfter * step;
      const allowedSteps = ((complexity === 'standard' ? standardDays : complexity === 'complex' ? standardDays + 5 : standardDays + 12) * DAY) / step;
      const counted = referenceCount(intervals, now, step);
      if (withdrawAtEnd) {
        const w = ok(withdraw(c, { eventId: 'w', receivedAt: new Date(now).toISOString(), reason: '和解' }, HANDLER, at(now)));
        const info = deadlineOf(w, settings, at(now + 100 * DAY));
        expect(info.endedLate).toBe(counted > allowedSteps);
        expect(info.suspendedMs).toBe((now - R) - counted * step);
        expect(missedDeadline(reportRowOf(w, settings, null), at(now + 100 * DAY))).toBe(counted > allowedSteps);
        return;
      }
      const info = deadlineOf(c, settings, at(now));
      const open = intervals.at(-1)?.[1] === null;
      const remaining = allowedSteps - counted;
      const expected = remaining < 0 ? 'overdue' : open ? 'suspended' : remaining * step <= 3 * DAY ? 'dueSoon' : 'onTrack';
      expect(info.state).toBe(expected);
      expect(info.suspendedMs).toBe(suspendedMsOf(c, at(now)));
      expect(info.suspendedMs).toBe((now - R) - counted * step);
      // The due instant is now + the steps left (negative: overdue by that much).
      expect(Date.parse(info.dueAt)).toBe(now + remaining * step);
      // The stored form (due_at + suspended_since) gives the same state in the queue and the reports.
      const row = reportRowOf(c, settings, null);
      expect(isOverdueNow(row, at(now))).toBe(expected === 'overdue');
    }),
    { numRuns: 300 },
  );
}

describe('the deadline with any suspensions and resumes equals a step-by-step count', () => {
  it('counted day by day', () => checkAgainstReference(DAY));
  it('counted hour by hour', () => checkAgainstReference(HOUR));
});
