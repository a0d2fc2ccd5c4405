import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { moment, optionalText, requiredText } from '../fields';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';
import { endOpenSuspension } from './suspend';

/**
 * A withdrawal as an agent records it now (the dialog and the desk's `complaints.withdraw` call): when it reached the
 * company and why the customer withdrew — 撤诉原因 is required, a withdrawal ends the procedure for good.
 */
export const WithdrawalInputSchema = z.object({
  /** When the customer's withdrawal reached the company: the procedure ends on that day. */
  receivedAt: moment('withdrawal.receivedAt'),
  reason: requiredText('withdrawal.reason'),
});

/**
 * A withdrawal as the command replays it (on this desk and on the server, shared/sync/mutators.ts). Desks before
 * issue 22 queued withdrawals with an empty or missing reason; refusing those on the server would leave the
 * customer's withdrawal stuck in that desk's outbox as a rejected change, so the replay still accepts them (the
 * timeline shows — for the reason). Every new withdrawal passes WithdrawalInputSchema first.
 */
const RecordedWithdrawalSchema = WithdrawalInputSchema.extend({ reason: optionalText('withdrawal.reason') });

/** complaint.withdraw: the customer withdraws the complaint (撤诉). */
export interface WithdrawCommand {
  eventId: string;
  receivedAt: string;
  reason?: string;
}

export function withdraw(complaint: Complaint, command: WithdrawCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'withdraw');
  if (refusal) return refusal;
  const parsed = RecordedWithdrawalSchema.safeParse({ receivedAt: command.receivedAt, reason: command.reason });
  if (!parsed.success) return refuseInvalid('withdrawal_invalid', parsed.error);
  const received = Date.parse(parsed.data.receivedAt);
  if (received > now.getTime()) return refuse('withdrawal_in_future', 'refusal.withdrawal.inFuture');
  if (received < Date.parse(complaint.receivedAt)) {
    return refuse('withdrawal_before_receipt', 'refusal.withdrawal.beforeReceipt');
  }
  const withdrawal = {
    receivedAt: parsed.data.receivedAt,
    reason: parsed.data.reason,
    recordedBy: { id: actor.id, name: actor.name },
    recordedAt: now.toISOString(),
  };
  // Withdrawal ends the clock: a suspension still open ends when the withdrawal was received.
  const endedAt = new Date(received).toISOString();
  const suspensions = endOpenSuspension(complaint, endedAt, actor, '');
  return changeComplaint(
    complaint,
    { status: 'withdrawn', withdrawal, endedAt, ...(suspensions === complaint.suspensions ? {} : { suspensions }) },
    actor,
    now,
    { eventId: command.eventId, kind: 'complaint.withdrawn', data: { stage: complaint.stage, reason: withdrawal.reason } },
  );
}
