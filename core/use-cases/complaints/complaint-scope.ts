import { findComplaint } from '../../../db/repositories/complaints';
import type { ReadableDB } from '../../../db/handles';
import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import { mayAccessComplaint } from '../../../shared/domain/complaint-access';
import { DeskError } from '../../desk-error';

/**
 * The complaint, if it exists and the actor may see it. Out of scope reads as not found, exactly
 * like a missing id, so nobody learns which ids exist.
 */
export function loadComplaintFor(db: ReadableDB, id: string, actor: Actor): Complaint {
  const complaint = findComplaint(db, id);
  if (!complaint || !mayAccessComplaint(complaint, actor)) throw DeskError.of('not_found', 'errors.complaintNotFound');
  return complaint;
}

/** The complaints of a list the actor may see. */
export function visibleTo(actor: Actor, complaints: readonly Complaint[]): Complaint[] {
  return complaints.filter((complaint) => mayAccessComplaint(complaint, actor));
}
