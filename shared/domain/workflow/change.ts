import type { ActorRef } from '../actor';
import type { Complaint, FieldChange, TimelineEvent } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';

/** The next version of a complaint: the patch applied, version +1, updatedAt now. */
export function nextVersion(complaint: Complaint, patch: Partial<Complaint>, now: Date): Complaint {
  return { ...complaint, ...patch, version: complaint.version + 1, updatedAt: now.toISOString() };
}

const differs = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);

/**
 * Each field of the patch whose value differs, as from → to. Stage data is listed per stage
 * (stages.analysis: null → {...}), so a timeline entry shows what that step recorded, not the whole history.
 */
export function changesOf(before: Complaint, patch: Partial<Complaint>): FieldChange[] {
  return (Object.keys(patch) as (keyof Complaint)[]).flatMap((field): FieldChange[] => {
    if (field === 'stages' && patch.stages) {
      const after = patch.stages;
      const keys = [...new Set([...Object.keys(before.stages), ...Object.keys(after)])] as (keyof typeof after)[];
      return keys
        .filter((stage) => differs(before.stages[stage], after[stage]))
        .map((stage) => ({ field: `stages.${stage}`, from: before.stages[stage] ?? null, to: after[stage] ?? null }));
    }
    return differs(before[field], patch[field]) ? [{ field, from: before[field] ?? null, to: patch[field] ?? null }] : [];
  });
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
