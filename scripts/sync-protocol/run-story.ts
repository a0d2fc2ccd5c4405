import type { Complaint, TimelineEvent } from '../../shared/domain/complaint';
import { attachmentRecordOf } from '../../shared/domain/attachments/attachment-record';
import { isRefusal } from '../../shared/domain/refusal';
import { DEFAULT_SCORECARD } from '../../shared/domain/assist/scorecard';
import { attachmentIdOf, originalIdOf } from '../../shared/sync/mutators';
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
    // A 核查 request opens a new complaint: it runs on nothing, with the story's complaint as its original.
    const reviewing = originalIdOf(step.name, step.args) !== null;
    const current = reviewing ? null : state;
    const facts = {
      review: { needsReview: step.inReview ?? false, conflicts: [] },
      attachment: attachmentId === null ? null : attachmentRecordOf(timeline, attachmentId),
      ...(reviewing ? { reviewRequest: { original: state, reviews: [] } } : {}),
      // 质检 as the server applies it: the default checks, version 1; the story's lead leads the complaint's team.
      quality: { scorecard: DEFAULT_SCORECARD, scorecardVersion: 1, authority: 'server' as const, notes: [], leadsTeam: step.actor.role === 'lead' },
    };
    const result = runMutation(step.name, step.args, current, step.actor, new Date(step.createdAt), { facts });
    if (isRefusal(result)) throw new Error(`story step ${i + 1} (${step.name}) refused: ${result.code} ${result.messageKey}`);
    const fields = changedFields(result);
    const baseVersions = Object.fromEntries(fields.map((f) => [f, serverVersions[f] ?? 0]));
    // What the server records for a field it applied: the complaint's version after the change (a create records none).
    if (current) for (const f of fields) serverVersions[f] = result.complaint.version;
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
