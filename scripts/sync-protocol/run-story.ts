import type { Complaint, TimelineEvent } from '../../shared/domain/complaint';
import { attachmentRecordOf } from '../../shared/domain/attachments/attachment-record';
import { isRefusal } from '../../shared/domain/refusal';
import { attachmentIdOf } from '../../shared/sync/mutators';
import type { WireMutation } from '../../shared/sync/protocol';
import { changedFields, runMutation } from '../../shared/sync/run-mutation';
import { STORY, type StoryStep } from './story';
import { AGENT, opId } from './story-values';

/** A story step as the wire carries it, and what it left: the complaint and its whole timeline so far. */
export interface PlayedStep {
  step: StoryStep;
  mutation: WireMutation;
  complaint: Complaint;
  timeline: TimelineEvent[];
}

/**
 * Plays the story through the registry, as a desk does and as the server replays it: every step must apply
 * (a refusal throws, so an example the server would refuse never reaches the doc). The base versions are
 * the honest desk's: for each field the step changes, the server's version of it the desk last pulled,
 * 0 if none (here the desk pulled after every step); the mutation ids count per client, from 1.
 */
export function playStory(steps: readonly StoryStep[] = STORY): PlayedStep[] {
  let state: Complaint | null = null;
  const timeline: TimelineEvent[] = [];
  const serverVersions: Record<string, number> = {};
  const nextId = new Map<string, number>();
  return steps.map((step, i) => {
    const attachmentId = attachmentIdOf(step.name, step.args);
    const facts = {
      review: { needsReview: step.inReview ?? false, conflicts: [] },
      attachment: attachmentId === null ? null : attachmentRecordOf(timeline, attachmentId),
    };
    const result = runMutation(step.name, step.args, state, step.actor, new Date(step.createdAt), { facts });
    if (isRefusal(result)) throw new Error(`story step ${i + 1} (${step.name}) refused: ${result.code} ${result.messageKey}`);
    const fields = changedFields(result);
    const baseVersions = Object.fromEntries(fields.map((f) => [f, serverVersions[f] ?? 0]));
    // What the server records for a field it applied: the complaint's version after the change (a create records none).
    if (state) for (const f of fields) serverVersions[f] = result.complaint.version;
    const id = (nextId.get(step.actor.id) ?? 0) + 1;
    nextId.set(step.actor.id, id);
    const mutation: WireMutation = { id, opId: opId(i + 1), name: step.name, args: step.args, baseVersions, createdAt: step.createdAt, actor: step.actor };
    state = result.complaint;
    timeline.push(...result.events);
    return { step, mutation, complaint: state, timeline: [...timeline] };
  });
}

/** The agent's first two mutations (the create and its first advance): the doc's push. */
export const firstPush = (played: readonly PlayedStep[]) => played.filter((p) => p.step.actor.id === AGENT.id).slice(0, 2);
