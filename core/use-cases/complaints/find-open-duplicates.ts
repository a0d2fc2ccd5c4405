import type { DuplicateMatch } from '../../../shared/api/duplicates';
import { normalizePhone } from '../../../shared/domain/phone';
import { normalizePolicyNumber } from '../../../shared/domain/fields';
import { listOpenComplaintsByPhoneKey, listOpenComplaintsByPolicy } from '../../../db/repositories/complaint-matching';
import type { Actor } from '../../../shared/domain/actor';
import type { DeskContext } from '../../context';
import { visibleTo } from './complaint-scope';
import { toListItems } from './list-items';

/**
 * Open complaints (that the agent may see) the intake may be repeating: same contact number (normalised) or same policy
 * number. A complaint matching both appears once, with both reasons, first.
 */
export function findOpenDuplicates(ctx: DeskContext, actor: Actor, input: { contactPhone: string; policyNumber: string }): DuplicateMatch[] {
  const phoneKey = input.contactPhone ? normalizePhone(input.contactPhone) : null;
  const byPhone = toListItems(ctx, phoneKey ? visibleTo(actor, listOpenComplaintsByPhoneKey(ctx.db, phoneKey)) : []);
  const policy = normalizePolicyNumber(input.policyNumber);
  const byPolicy = toListItems(ctx, policy ? visibleTo(actor, listOpenComplaintsByPolicy(ctx.db, policy)) : []);

  const matches = new Map<string, DuplicateMatch>();
  for (const complaint of byPhone) matches.set(complaint.id, { complaint, matchedOn: ['contactPhone'] });
  for (const complaint of byPolicy) {
    const existing = matches.get(complaint.id);
    if (existing) existing.matchedOn.push('policyNumber');
    else matches.set(complaint.id, { complaint, matchedOn: ['policyNumber'] });
  }
  return [...matches.values()].sort(
    (a, b) => b.matchedOn.length - a.matchedOn.length || b.complaint.receivedAt.localeCompare(a.complaint.receivedAt),
  );
}
