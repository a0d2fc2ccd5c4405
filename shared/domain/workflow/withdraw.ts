import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { moment, optionalText } from '../fields';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';

export const WithdrawalInputSchema = z.object({
  /** When the customer's withdrawal reached the company: the procedure ends on that day. */
  receivedAt: moment('withdrawal.receivedAt'),
  reason: optionalText('withdrawal.reason'),
});

/** complaint.withdraw: the customer withdraws the complaint (撤诉). */
export interface WithdrawCommand {
  eventId: string;
  receivedAt: string;
  reason?: string;
}

export function withdraw(complaint: Complaint, command: WithdrawCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'withdraw');
  if (refusal) return refusal;
  const parsed = WithdrawalInputSchema.safeParse({ receivedAt: command.receivedAt, reason: command.reason });
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
  return changeComplaint(
    complaint,
    { status: 'withdrawn', withdrawal, endedAt: new Date(received).toISOString() },
    actor,
    now,
    { eventId: command.eventId, kind: 'complaint.withdrawn', data: { stage: complaint.stage, reason: withdrawal.reason } },
  );
}
