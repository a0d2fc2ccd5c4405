import type { ActorRef } from '../actor';
import type { Complaint, FieldChange, TimelineEvent } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';

/** The next version of a complaint: the patch applied, version +1, updatedAt now. */
export function nextVersion(complaint: Complaint, patch: Partial<Complaint>, now: Date): Complaint {
  return { ...complaint, ...patch, version: complaint.version + 1, updatedAt: now.toISOString() };
}

/** Each field of the patch whose value differs, as from → to. */
export function changesOf(before: Complaint, patch: Partial<Complaint>): FieldChange[] {
  return (Object.keys(patch) as (keyof Complaint)[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(patch[field]))
    .map((field) => ({ field, from: before[field] ?? null, to: patch[field] ?? null }));
}

export interface EventSpec {
  eventId: string;
  kind: string;
  data?: Record<string, unknown>;
}

/** Applies a patch and writes the one timeline event that says who changed what, from what to what. */
export function changeComplaint(
  complaint: Complaint,
  patch: Partial<Complaint>,
  actor: ActorRef,
  now: Date,
  spec: EventSpec,
): CommandResult {
  const event: TimelineEvent = {
    id: spec.eventId,
    complaintId: complaint.id,
    at: now.toISOString(),
    actor: { id: actor.id, name: actor.name },
    kind: spec.kind,
    changes: changesOf(complaint, patch),
    data: spec.data ?? {},
  };
  return { complaint: nextVersion(complaint, patch, now), events: [event] };
}
