import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { isRefusal } from '../../../shared/domain/refusal';
import { setComplexity } from '../../../shared/domain/workflow/complexity';
import { extendDeadline } from '../../../shared/domain/workflow/extension';
import { ADMIN, HANDLER, LEAD, NOW, OTHER_AGENT, newComplaint } from '../../support/workflow';

const NOTICE = { toldAt: '2026-11-26T09:00:00+08:00', method: 'phone', reason: '需调取第三方定损报告' };

function complex(): Complaint {
  const result = setComplexity(newComplaint(), { eventId: 'ev-c', complexity: 'complex' }, HANDLER, NOW);
  if (isRefusal(result)) throw new Error(result.messageKey);
  return result.complaint;
}

describe('complexity', () => {
  it('the handler marks a complaint complex, and back to standard', () => {
    const marked = complex();
    expect(marked.complexity).toBe('complex');
    const back = setComplexity(marked, { eventId: 'ev', complexity: 'standard' }, HANDLER, NOW);
    if (isRefusal(back)) throw new Error(back.messageKey);
    expect(back.complaint.complexity).toBe('standard');
    expect(back.events[0]).toMatchObject({ kind: 'complexity.changed', changes: [{ field: 'complexity', from: 'complex', to: 'standard' }] });
  });

  it('refuses especially complex without an extension, an unknown value and no change', () => {
    const cases: [string, string][] = [
      ['especiallyComplex', 'refusal.complexity.extensionRequired'],
      ['huge', 'validation.complexity.required'],
      ['standard', 'refusal.complexity.unchanged'],
    ];
    for (const [complexity, key] of cases) {
      const result = setComplexity(newComplaint(), { eventId: 'ev', complexity }, HANDLER, NOW);
      expect(isRefusal(result) && result.messageKey).toBe(key);
    }
  });

  it('refuses an agent who is not the handler', () => {
    const result = setComplexity(newComplaint(), { eventId: 'ev', complexity: 'complex' }, OTHER_AGENT, NOW);
    expect(isRefusal(result) && result.messageKey).toBe('refusal.complaint.notAssignee');
  });
});

describe('extending the deadline of an especially complex complaint', () => {
  for (const approver of [LEAD, ADMIN]) {
    it(`is approved by a ${approver.role} with the record of telling the complainant`, () => {
      const before = complex();
      const result = extendDeadline(before, { eventId: 'ev-x', notice: NOTICE }, approver, NOW);
      if (isRefusal(result)) throw new Error(result.messageKey);
      expect(result.complaint.complexity).toBe('especiallyComplex');
      expect(result.complaint.extension).toEqual({
        approvedBy: { id: approver.id, name: approver.name },
        approvedAt: NOW.toISOString(),
        notice: NOTICE,
      });
      expect(result.events[0]).toMatchObject({ id: 'ev-x', kind: 'deadline.extended' });
      expect(result.events[0]?.changes).toContainEqual({ field: 'complexity', from: 'complex', to: 'especiallyComplex' });
    });
  }

  it('is refused to agents, even the handler', () => {
    expect(extendDeadline(complex(), { eventId: 'ev', notice: NOTICE }, HANDLER, NOW)).toEqual({
      refused: true,
      code: 'approval_required',
      messageKey: 'refusal.extension.leadApprovalRequired',
    });
  });

  it('needs every part of the notice: when, how and why', () => {
    const cases: [unknown, string][] = [
      [{ ...NOTICE, toldAt: undefined }, 'validation.extension.toldAt.invalid'],
      [{ ...NOTICE, method: undefined }, 'validation.extension.method.required'],
      [{ ...NOTICE, reason: '' }, 'validation.extension.reason.required'],
      [undefined, 'validation.invalid'],
    ];
    for (const [notice, key] of cases) {
      const result = extendDeadline(complex(), { eventId: 'ev', notice }, LEAD, NOW);
      expect(isRefusal(result) && result.messageKey).toBe(key);
    }
  });

  it('refuses a notice given in the future or before the complaint was received', () => {
    const future = extendDeadline(complex(), { eventId: 'ev', notice: { ...NOTICE, toldAt: '2026-11-26T10:00:01+08:00' } }, LEAD, NOW);
    const early = extendDeadline(complex(), { eventId: 'ev', notice: { ...NOTICE, toldAt: '2026-11-25T09:00:00+08:00' } }, LEAD, NOW);
    expect(isRefusal(future) && future.messageKey).toBe('refusal.extension.noticeInFuture');
    expect(isRefusal(early) && early.messageKey).toBe('refusal.extension.noticeBeforeReceipt');
  });

  it('needs a complex complaint, only once, and an open one', () => {
    const standard = extendDeadline(newComplaint(), { eventId: 'ev', notice: NOTICE }, LEAD, NOW);
    expect(isRefusal(standard) && standard.messageKey).toBe('refusal.extension.notComplex');
    const extended = extendDeadline(complex(), { eventId: 'ev', notice: NOTICE }, LEAD, NOW);
    if (isRefusal(extended)) throw new Error(extended.messageKey);
    const twice = extendDeadline(extended.complaint, { eventId: 'ev', notice: NOTICE }, LEAD, NOW);
    expect(isRefusal(twice) && twice.messageKey).toBe('refusal.extension.alreadyExtended');
    const closed = extendDeadline({ ...complex(), status: 'closed' }, { eventId: 'ev', notice: NOTICE }, LEAD, NOW);
    expect(isRefusal(closed) && closed.messageKey).toBe('refusal.complaint.closed');
  });

  it('locks the complexity once extended', () => {
    const extended = extendDeadline(complex(), { eventId: 'ev', notice: NOTICE }, LEAD, NOW);
    if (isRefusal(extended)) throw new Error(extended.messageKey);
    const result = setComplexity(extended.complaint, { eventId: 'ev', complexity: 'standard' }, LEAD, NOW);
    expect(isRefusal(result) && result.messageKey).toBe('refusal.complexity.extended');
  });
});
