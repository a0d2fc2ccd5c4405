import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import { mayAccessComplaint } from '../../../shared/domain/complaint-access';
import { isRefusal } from '../../../shared/domain/refusal';
import { advance } from '../../../shared/domain/workflow/advance';
import { allowedActions, WORKFLOW_ACTIONS, type Permission } from '../../../shared/domain/workflow/allowed-actions';
import { assign } from '../../../shared/domain/workflow/assign';
import { setComplexity } from '../../../shared/domain/workflow/complexity';
import { extendDeadline } from '../../../shared/domain/workflow/extension';
import { refuseSolution } from '../../../shared/domain/workflow/refuse-solution';
import { withdraw } from '../../../shared/domain/workflow/withdraw';
import { localeKeys } from '../../support/locales';
import { ADMIN, complaintAt, HANDLER, LEAD, newComplaint, NOW, OTHER_AGENT, validStageData } from '../../support/workflow';

const NOTICE = { toldAt: '2026-11-25T11:00:00+08:00', method: 'phone', reason: '需调取第三方定损报告' };
const reasonOf = (p: Permission) => (p.allowed ? null : p.reasonKey);
const complex = (c: Complaint = newComplaint()): Complaint => ({ ...c, complexity: 'complex' });

describe('allowedActions', () => {
  it('lets the handler do everything on an open complaint except what its state rules out', () => {
    const allowed = allowedActions(complaintAt('feedback'), HANDLER);
    expect(Object.keys(allowed).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
    for (const action of ['advance', 'assign', 'withdraw', 'setComplexity', 'refuseSolution', 'addNote'] as const) {
      expect([action, allowed[action]]).toEqual([action, { allowed: true }]);
    }
    expect(allowed.extendDeadline).toEqual({
      allowed: false,
      code: 'approval_required',
      reasonKey: 'refusal.extension.leadApprovalRequired',
    });
  });

  it('tells a lead why a standard complaint cannot be extended yet, and lets them once it is complex', () => {
    expect(reasonOf(allowedActions(newComplaint(), LEAD).extendDeadline)).toBe('refusal.extension.notComplex');
    expect(allowedActions(complex(), LEAD).extendDeadline).toEqual({ allowed: true });
    expect(allowedActions(complex(), ADMIN).extendDeadline).toEqual({ allowed: true });
  });

  it('once extended: neither another extension nor a change of complexity', () => {
    const extended = extendDeadline(complex(), { eventId: 'x', notice: NOTICE }, LEAD, NOW);
    if (isRefusal(extended)) throw new Error(extended.messageKey);
    const allowed = allowedActions(extended.complaint, LEAD);
    expect(reasonOf(allowed.extendDeadline)).toBe('refusal.extension.alreadyExtended');
    expect(reasonOf(allowed.setComplexity)).toBe('refusal.complexity.extended');
  });

  it('refusing the solution belongs to the feedback stage only, naming the stage it is at', () => {
    expect(allowedActions(complaintAt('analysis'), HANDLER).refuseSolution).toEqual({
      allowed: false,
      code: 'not_at_feedback',
      reasonKey: 'refusal.solutionRefusal.notAtFeedback',
      params: { current: 'analysis' },
    });
  });

  it('closes everything but notes on a closed or withdrawn complaint', () => {
    for (const [status, key] of [
      ['closed', 'refusal.complaint.closed'],
      ['withdrawn', 'refusal.complaint.withdrawn'],
    ] as const) {
      const allowed = allowedActions({ ...complex(), status }, LEAD);
      for (const action of WORKFLOW_ACTIONS.filter((a) => a !== 'addNote' && a !== 'recordReturnVisit')) expect([action, reasonOf(allowed[action])]).toEqual([action, key]);
      expect(allowed.addNote).toEqual({ allowed: true });
      // 回访 is the one thing left to do on a closed complaint; a withdrawn one has none.
      expect(allowed.recordReturnVisit).toEqual(status === 'closed' ? { allowed: true } : { allowed: false, code: 'complaint_withdrawn', reasonKey: key });
    }
  });

  it('keeps another agent to reading nothing and doing nothing, with the handler rule as the reason', () => {
    const allowed = allowedActions(newComplaint(), OTHER_AGENT);
    expect(reasonOf(allowed.advance)).toBe('refusal.complaint.notAssignee');
    expect(reasonOf(allowed.addNote)).toBe('refusal.complaintNotVisible');
  });

  it('is what the commands enforce: each refusal carries the same key the screen shows', () => {
    const agentAtFeedback = complaintAt('feedback');
    const cases: [Permission, unknown][] = [
      [allowedActions(newComplaint(), OTHER_AGENT).advance, advance(newComplaint(), { eventId: 'x', stage: 'intake', data: validStageData().intake }, OTHER_AGENT, NOW)],
      [allowedActions(newComplaint(), OTHER_AGENT).assign, assign(newComplaint(), { eventId: 'x', assignee: { id: 'A3003', name: '周' } }, OTHER_AGENT, NOW)],
      [allowedActions(newComplaint(), LEAD).extendDeadline, extendDeadline(newComplaint(), { eventId: 'x', notice: NOTICE }, LEAD, NOW)],
      [allowedActions(agentAtFeedback, HANDLER).extendDeadline, extendDeadline(agentAtFeedback, { eventId: 'x', notice: NOTICE }, HANDLER, NOW)],
      [allowedActions(complaintAt('analysis'), HANDLER).refuseSolution, refuseSolution(complaintAt('analysis'), { eventId: 'x', reason: '不接受' }, HANDLER, NOW)],
      [allowedActions({ ...newComplaint(), status: 'closed' }, HANDLER).withdraw, withdraw({ ...newComplaint(), status: 'closed' }, { eventId: 'x', receivedAt: '2026-11-25T12:00:00+08:00' }, HANDLER, NOW)],
      [allowedActions({ ...newComplaint(), status: 'withdrawn' }, HANDLER).setComplexity, setComplexity({ ...newComplaint(), status: 'withdrawn' }, { eventId: 'x', complexity: 'complex' }, HANDLER, NOW)],
    ];
    for (const [permission, result] of cases) {
      expect(permission.allowed).toBe(false);
      expect(isRefusal(result) && result.messageKey).toBe(reasonOf(permission));
    }
  });
});

describe('the reasons allowedActions gives', () => {
  it('all have a text in both languages', () => {
    const extended = { ...complex(), extension: { approvedBy: LEAD, approvedAt: NOW.toISOString(), notice: { ...NOTICE, method: 'phone' as const } } };
    const complaints = [newComplaint(), complex(), extended, complaintAt('analysis'), { ...newComplaint(), status: 'closed' as const }, { ...newComplaint(), status: 'withdrawn' as const }];
    const reasons = new Set(
      complaints.flatMap((c) => [HANDLER, OTHER_AGENT, LEAD].flatMap((actor) => Object.values(allowedActions(c, actor)).map(reasonOf))),
    );
    reasons.delete(null);
    expect(reasons.size).toBeGreaterThanOrEqual(8);
    for (const language of ['zh-CN', 'en']) {
      const available = localeKeys(language);
      expect([language, [...reasons].filter((key) => !available.has(key!))]).toEqual([language, []]);
    }
  });
});

describe('mayAccessComplaint', () => {
  const taker: Actor = HANDLER;
  it('lets an agent see what they took or what was handed to them, and nothing else', () => {
    const taken = newComplaint(taker);
    const handedOver = { ...taken, assignee: { id: OTHER_AGENT.id, name: OTHER_AGENT.name } };
    expect(mayAccessComplaint(taken, taker)).toBe(true);
    expect(mayAccessComplaint(taken, OTHER_AGENT)).toBe(false);
    expect(mayAccessComplaint(handedOver, OTHER_AGENT)).toBe(true);
    expect(mayAccessComplaint(handedOver, taker)).toBe(true);
  });

  it('lets a lead and an admin see every complaint of the desk', () => {
    expect(mayAccessComplaint(newComplaint(taker), LEAD)).toBe(true);
    expect(mayAccessComplaint({ ...newComplaint(taker), assignee: null }, ADMIN)).toBe(true);
  });
});
