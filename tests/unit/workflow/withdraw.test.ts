import { describe, expect, it } from 'vitest';
import { isRefusal } from '../../../shared/domain/refusal';
import { STAGES } from '../../../shared/domain/stages';
import { advance } from '../../../shared/domain/workflow/advance';
import { WithdrawalInputSchema, withdraw } from '../../../shared/domain/workflow/withdraw';
import { workflowCalls } from '../../../shared/api/workflow';
import { MUTATORS } from '../../../shared/sync/mutators';
import { NOTHING_RECORDED } from '../../../shared/sync/mutation-facts';
import { HANDLER, NOW, OTHER_AGENT, complaintAt, validStageData } from '../../support/workflow';

// NOW is 2026-11-26T02:00Z (10:00 Beijing time); the complaint was received on 2026-11-25 at 10:00 Beijing time.
const WITHDRAWAL_RECEIVED = '2026-11-26T09:30:00+08:00';

describe('withdrawal (撤诉)', () => {
  for (const stage of STAGES) {
    it(`ends the procedure at ${stage} on the day the withdrawal was received`, () => {
      const before = complaintAt(stage);
      const result = withdraw(before, { eventId: 'ev-w', receivedAt: WITHDRAWAL_RECEIVED, reason: '已与家人协商' }, HANDLER, NOW);
      if (isRefusal(result)) throw new Error(result.messageKey);
      expect(result.complaint).toMatchObject({
        status: 'withdrawn',
        stage,
        endedAt: '2026-11-26T01:30:00.000Z',
        withdrawal: {
          receivedAt: WITHDRAWAL_RECEIVED,
          reason: '已与家人协商',
          recordedBy: { id: HANDLER.id, name: HANDLER.name },
          recordedAt: NOW.toISOString(),
        },
      });
      expect(result.events).toHaveLength(1);
      expect(result.events[0]).toMatchObject({ kind: 'complaint.withdrawn', data: { stage } });
      expect(result.events[0]?.changes).toContainEqual({ field: 'status', from: 'open', to: 'withdrawn' });
    });
  }

  it('takes no further stage after it', () => {
    const withdrawn = withdraw(complaintAt('analysis'), { eventId: 'ev', receivedAt: WITHDRAWAL_RECEIVED }, HANDLER, NOW);
    if (isRefusal(withdrawn)) throw new Error(withdrawn.messageKey);
    const result = advance(withdrawn.complaint, { eventId: 'ev2', stage: 'analysis', data: validStageData().analysis }, HANDLER, NOW);
    expect(isRefusal(result) && result.messageKey).toBe('refusal.complaint.withdrawn');
  });

  it('cannot be recorded twice, nor after closing', () => {
    const withdrawn = { ...complaintAt('intake'), status: 'withdrawn' as const };
    const closed = { ...complaintAt('closure'), status: 'closed' as const };
    const again = withdraw(withdrawn, { eventId: 'ev', receivedAt: WITHDRAWAL_RECEIVED }, HANDLER, NOW);
    const late = withdraw(closed, { eventId: 'ev', receivedAt: WITHDRAWAL_RECEIVED }, HANDLER, NOW);
    expect(isRefusal(again) && again.messageKey).toBe('refusal.complaint.withdrawn');
    expect(isRefusal(late) && late.messageKey).toBe('refusal.complaint.closed');
  });

  it('refuses a withdrawal received in the future or before the complaint', () => {
    const future = withdraw(complaintAt('intake'), { eventId: 'ev', receivedAt: '2026-11-26T10:00:01+08:00' }, HANDLER, NOW);
    const early = withdraw(complaintAt('intake'), { eventId: 'ev', receivedAt: '2026-11-25T09:59:59+08:00' }, HANDLER, NOW);
    expect(isRefusal(future) && future.messageKey).toBe('refusal.withdrawal.inFuture');
    expect(isRefusal(early) && early.messageKey).toBe('refusal.withdrawal.beforeReceipt');
  });

  it('requires 撤诉原因 of every withdrawal recorded now: in the dialog and in the desk\'s call (issue 22)', () => {
    for (const reason of [undefined, '', '   ']) {
      const parsed = WithdrawalInputSchema.safeParse({ receivedAt: WITHDRAWAL_RECEIVED, reason });
      expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ['reason'], message: 'validation.withdrawal.reason.required' })]);
      const call = workflowCalls['complaints.withdraw'].input.safeParse({ id: 'c1', baseVersion: 1, receivedAt: WITHDRAWAL_RECEIVED, reason });
      expect(call.error?.issues.map((i) => i.path.join('.'))).toEqual(['reason']);
    }
    expect(WithdrawalInputSchema.safeParse({ receivedAt: WITHDRAWAL_RECEIVED, reason: '已与家人协商' }).success).toBe(true);
  });

  it('still replays a withdrawal an older desk queued without a reason, so its outbox does not stick', () => {
    const mutator = MUTATORS['complaint.withdraw'];
    for (const args of [{ complaintId: 'c', eventId: 'ev', receivedAt: WITHDRAWAL_RECEIVED }, { complaintId: 'c', eventId: 'ev', receivedAt: WITHDRAWAL_RECEIVED, reason: '' }]) {
      const result = mutator.run(complaintAt('analysis'), mutator.args.parse(args), HANDLER, NOW, NOTHING_RECORDED);
      if (isRefusal(result)) throw new Error(result.messageKey);
      expect(result.complaint).toMatchObject({ status: 'withdrawn', withdrawal: { reason: '' } });
    }
  });

  it('accepts a withdrawal received exactly now, without a reason', () => {
    const result = withdraw(complaintAt('intake'), { eventId: 'ev', receivedAt: NOW.toISOString() }, HANDLER, NOW);
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.complaint.withdrawal?.reason).toBe('');
    expect(result.complaint.endedAt).toBe(NOW.toISOString());
  });

  it('refuses a malformed time and an agent who is not the handler', () => {
    const malformed = withdraw(complaintAt('intake'), { eventId: 'ev', receivedAt: '昨天' }, HANDLER, NOW);
    const stranger = withdraw(complaintAt('intake'), { eventId: 'ev', receivedAt: WITHDRAWAL_RECEIVED }, OTHER_AGENT, NOW);
    expect(isRefusal(malformed) && malformed.messageKey).toBe('validation.withdrawal.receivedAt.invalid');
    expect(isRefusal(stranger) && stranger.messageKey).toBe('refusal.complaint.notAssignee');
  });
});
