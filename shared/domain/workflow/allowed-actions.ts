import type { Actor } from '../actor';
import { may } from '../capabilities';
import type { Complaint } from '../complaint';
import { mayAccessComplaint } from '../complaint-access';
import { refuse, type Refusal } from '../refusal';
import { SOLUTION_REFUSAL } from './transitions';
import { openSuspensionOf } from './clock-stop';

/** What a person can do to a complaint besides reading it. `advance` is also "edit the stage form". */
export const WORKFLOW_ACTIONS = [
  'advance',
  'extendDeadline',
  'setComplexity',
  'assign',
  'withdraw',
  'refuseSolution',
  'addNote',
  'suspendClock',
  'resumeClock',
  'approveSuspension',
  'recordContact',
  'recordReturnVisit',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Allowed, or not with the i18n key (and refusal code) saying why: the screen shows it, the command refuses with it. */
export type Permission = { allowed: true } | { allowed: false; code: string; reasonKey: string; params?: Record<string, string | number> };

export type AllowedActions = Record<WorkflowAction, Permission>;

const ALLOWED: Permission = { allowed: true };
const denied = (code: string, reasonKey: string, params?: Record<string, string | number>): Permission =>
  params ? { allowed: false, code, reasonKey, params } : { allowed: false, code, reasonKey };

/** The first rule that says no, or allowed. */
function firstDenial(...checks: (() => Permission | null)[]): Permission {
  for (const check of checks) {
    const denial = check();
    if (denial) return denial;
  }
  return ALLOWED;
}

const outOfScope = (complaint: Complaint, actor: Actor) => () =>
  mayAccessComplaint(complaint, actor) ? null : denied('not_visible', 'refusal.complaintNotVisible');

const notOpen = (complaint: Complaint) => () => {
  if (complaint.status === 'closed') return denied('complaint_closed', 'refusal.complaint.closed');
  if (complaint.status === 'withdrawn') return denied('complaint_withdrawn', 'refusal.complaint.withdrawn');
  return null;
};

/** 回访 is for a closed complaint only; once the complainant was reached it is done. */
const notAwaitingReturnVisit = (complaint: Complaint) => () => {
  if (complaint.status === 'withdrawn') return denied('complaint_withdrawn', 'refusal.complaint.withdrawn');
  if (complaint.status !== 'closed') return denied('return_visit_not_closed', 'refusal.returnVisit.notClosed');
  if (complaint.returnVisit?.attempts.some((a) => a.reached)) return denied('return_visit_done', 'refusal.returnVisit.done');
  return null;
};

/** Agents work on the complaints assigned to them; leads and admins on any. */
const notHandler = (complaint: Complaint, actor: Actor) => () =>
  may(actor, 'workAnyComplaint') || complaint.assignee?.id === actor.id
    ? null
    : denied('not_assignee', 'refusal.complaint.notAssignee');

/**
 * Every action's verdict (the scope is checked last: core has already answered "not found" for a
 * complaint out of scope, and a handler's refusal says more to the person who sees one) for this person on this complaint as it is now. The domain commands refuse
 * through it and the screens only display it, so a button is disabled for exactly the reason the
 * command would give.
 */
export function allowedActions(complaint: Complaint, actor: Actor): AllowedActions {
  const scope = outOfScope(complaint, actor);
  const open = notOpen(complaint);
  const handler = notHandler(complaint, actor);
  const extended = (code: string, reasonKey: string) => () => (complaint.extension ? denied(code, reasonKey) : null);
  const suspended = openSuspensionOf(complaint);
  const running = () => (suspended ? denied('clock_suspended', 'refusal.suspension.suspended') : null);
  const stopped = () => (suspended ? null : denied('clock_running', 'refusal.suspension.notSuspended'));
  return {
    // The decision (closing) waits for the clock to run again; the other stages may be worked while it stands.
    advance: firstDenial(open, handler, scope, () => (complaint.stage === 'closure' ? running() : null)),
    assign: firstDenial(open, handler, scope),
    withdraw: firstDenial(open, handler, scope),
    setComplexity: firstDenial(open, handler, extended('already_extended', 'refusal.complexity.extended'), scope),
    refuseSolution: firstDenial(open, handler, scope, () =>
      complaint.stage === SOLUTION_REFUSAL.from
        ? null
        : denied('not_at_feedback', 'refusal.solutionRefusal.notAtFeedback', { current: complaint.stage }),
    ),
    extendDeadline: firstDenial(
      open,
      () => (may(actor, 'approveExtension') ? null : denied('approval_required', 'refusal.extension.leadApprovalRequired')),
      extended('already_extended', 'refusal.extension.alreadyExtended'),
      () => (complaint.complexity === 'complex' ? null : denied('not_complex', 'refusal.extension.notComplex')),
      scope,
    ),
    suspendClock: firstDenial(open, handler, running, scope),
    resumeClock: firstDenial(open, handler, stopped, scope),
    recordContact: firstDenial(open, handler, scope),
    // The handler (the assignee) or a lead of theirs: the lead's scope is their team's complaints.
    recordReturnVisit: firstDenial(notAwaitingReturnVisit(complaint), handler, scope),
    approveSuspension: firstDenial(
      open,
      () => (may(actor, 'approveExtension') ? null : denied('approval_required', 'refusal.suspension.leadApprovalRequired')),
      stopped,
      () => (suspended?.approvedBy ? denied('already_approved', 'refusal.suspension.alreadyApproved') : null),
      scope,
    ),
    // Notes are for colleagues and allowed on closed and withdrawn complaints too.
    addNote: firstDenial(scope),
  };
}

/** The refusal a command returns when its action is not allowed; null when it is. */
export function refusalUnlessAllowed(complaint: Complaint, actor: Actor, action: WorkflowAction): Refusal | null {
  const permission = allowedActions(complaint, actor)[action];
  return permission.allowed ? null : refuse(permission.code, permission.reasonKey, permission.params);
}
