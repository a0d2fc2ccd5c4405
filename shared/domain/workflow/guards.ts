import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import { refuse, type Refusal } from '../refusal';
import type { ZodError } from 'zod';

/** A closed or withdrawn complaint takes no more changes (notes excepted). */
export function refuseUnlessOpen(complaint: Complaint): Refusal | null {
  if (complaint.status === 'closed') return refuse('complaint_closed', 'refusal.complaint.closed');
  if (complaint.status === 'withdrawn') return refuse('complaint_withdrawn', 'refusal.complaint.withdrawn');
  return null;
}

/** Agents work on the complaints assigned to them; leads and admins on any. */
export function refuseUnlessHandler(complaint: Complaint, actor: Actor): Refusal | null {
  if (actor.role === 'lead' || actor.role === 'admin') return null;
  if (complaint.assignee?.id === actor.id) return null;
  return refuse('not_assignee', 'refusal.complaint.notAssignee');
}

export function refuseUnlessWorkable(complaint: Complaint, actor: Actor): Refusal | null {
  return refuseUnlessOpen(complaint) ?? refuseUnlessHandler(complaint, actor);
}

/** The first invalid field, as a refusal naming its i18n key and its path. */
export function refuseInvalid(code: string, error: ZodError): Refusal {
  const issue = error.issues[0];
  const messageKey = issue?.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  return refuse(code, messageKey, { field: issue?.path.map(String).join('.') ?? '' });
}
