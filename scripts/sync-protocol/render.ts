import { MUTATION_NAMES, MUTATORS, type MutationName } from '../../shared/sync/mutators';
import { mutationExamples, protocolExamples } from './examples';
import { playStory, type PlayedStep } from './run-story';
import { opId } from './story-values';
import { CLOSED_STORY } from './story';

/** What each mutation does, in a sentence: the doc's text above its example. */
const WHAT: Record<MutationName, string> = {
  'complaint.create': 'A new complaint (投诉受理) at the intake stage, assigned to the person who took it; `call` is the call it was taken on, if any. `number` must follow the complaint-number rule.',
  'complaint.advance': 'Completes `stage` (the complaint\'s current stage) with that stage\'s form data and moves to the next stage; completing `closure` closes the complaint, and whoever applies the close scores its 质检 (`quality` on the complaint: the server\'s score, with the version of its checks, is the one kept; a desk\'s own is `provisional` until then). The example completes 投诉受理, which needs no data.',
  'complaint.refuseSolution': 'The customer refused the solution at the feedback stage (客户反馈): the complaint goes back to the solution stage.',
  'complaint.withdraw': 'The customer withdrew the complaint (撤诉); `receivedAt` is when the withdrawal was received, by the desk\'s clock.',
  'complaint.addNote': 'A note (备注) on the timeline; allowed on closed and withdrawn complaints too.',
  'complaint.assign': 'Hands the complaint to another active person of the organisation (an agent: within their own team).',
  'complaint.setComplexity': '`standard` (15 days) or `complex` (30 days).',
  'complaint.extendDeadline': 'A lead or admin extends a complex complaint\'s deadline; `notice` records when, how and why the customer was told.',
  'complaint.suspendClock': 'Stops the clock (挂起) for an outside appraisal (鉴定), inspection (检测), assessment (评估) or mediation (调解): `kind` is `appraisal`, `inspection`, `assessment` or `mediation`, with `reason`, `party` and optionally `attachmentId` (an attachment on the complaint). Suspended time does not count toward the deadline; refused while suspended already.',
  'complaint.resumeClock': 'The outside result arrived: the clock runs again; `outcome` notes the result.',
  'complaint.approveSuspension': 'A lead or admin approves the open suspension (asked once it outlasts `suspensionApprovalDays` of the deadline settings).',
  'complaint.recordContact': 'A contact with the complainant (`method`: `phone`, `sms`, `email`, `letter`, `inPerson`, `online`) at `contactedAt`, by the desk\'s clock, with an optional `note`; the first one is the complaint\'s first contact (首次联系), measured against the organisation\'s `firstContactHours` of working time.',
  'complaint.recordReturnVisit': 'One call of the 回访 (return visit) of a closed complaint, at `attemptedAt` by the desk\'s clock: `reached` `false` records an unreached attempt (no answers); `reached` `true` ends the 回访 with `satisfaction` (`satisfied`, `basically`, `not`), `acceptsResult` and `stillWants` (free text). Only its handler or a lead; refused on an open or withdrawn complaint, once reached, before the closing or in the future.',
  'complaint.requestReview': 'The complainant asked for 核查 (review) of a closed complaint\'s decision: opens a new review complaint (`complaintId`, fresh; `number` by the complaint-number rule from `requestedAt`) linked to `originalId`, copying its complainant, policy and type; `grounds` becomes its demand, and it is decided within the organisation\'s `complexDays` of the request. `requestedAt` and `decisionReceivedAt` are by the desk\'s clock; a request more than 30 days after the decision reached the complainant is recorded and flagged late (逾期申请). Refused unless the original is closed, visible to the actor, not itself a review and not already under review.',
  'complaint.reviewQualityCheck': '质检: the lead of the complaint\'s team (the server decides by the team it placed the complaint in) confirms a scored check of a closed complaint (`verdict` `confirmed`) or overrides it, pass ↔ fail (`overridden`, `comment` required, at most 500 characters). The score itself is never sent: the server scored the close with its own checks.',
  'complaint.appealQualityCheck': '质检: the complaint\'s handler (its assignee, or whoever took it) appeals a failed check with a `reason` (required, at most 500 characters); one open appeal per check.',
  'complaint.resolveQualityAppeal': '质检: the lead of the complaint\'s team resolves the check\'s open appeal: `upheld` (the check passes) or `rejected` (it stays failed), with a `comment`.',
  'complaint.setRecordingRef': 'The call recording\'s reference (录音编号).',
  'complaint.recordLetterSent': 'A written notice went out (`acknowledgement`, `decision` once there is a solution, `extension` once extended).',
  'complaint.attachFile': 'Attachment metadata; the content itself is uploaded separately (see Attachment contents). The attachment id must be new on the complaint.',
  'complaint.removeAttachment': 'Takes an attachment off; `attachment` is the desk\'s copy, checked against the server\'s record. Only the person who added it (or a lead or admin) may.',
  'complaint.recordCall': 'The call a complaint was taken on or linked to, sent again as it changes (ended, recording reference); no timeline event, so no `eventId`.',
  'complaint.updateContact': 'Corrects the customer\'s name and contact phone in the intake.',
  'complaint.resolveReview': 'A lead or admin decides a complaint flagged needs review (待复核): per conflicting field, the server\'s or the desk\'s value. Refused when the complaint is no longer in review.',
};

const json = (name: string, value: unknown) => `\`\`\`json ${name}\n${JSON.stringify(value, null, 2)}\n\`\`\``;

/** A later story played by the same desks: its mutation ids follow on from each client's last, its op ids from the first story's. */
function continued(first: readonly PlayedStep[], then: readonly PlayedStep[]): PlayedStep[] {
  const lastId = new Map<string, number>();
  for (const p of first) lastId.set(p.mutation.actor.id, Math.max(lastId.get(p.mutation.actor.id) ?? 0, p.mutation.id));
  return then.map((p, i) => ({ ...p, mutation: { ...p.mutation, id: p.mutation.id + (lastId.get(p.mutation.actor.id) ?? 0), opId: opId(first.length + i + 1) } }));
}

/** The per-kind section: a heading, a sentence, the arguments' keys and the whole wire mutation. */
function mutationSections(): string {
  // The 回访 needs a closed complaint, so it is shown from the second, closed complaint's story.
  const first = playStory();
  const examples = new Map([...mutationExamples(first), ...mutationExamples(continued(first, playStory(CLOSED_STORY)))]);
  return MUTATION_NAMES.map((name) => {
    const example = examples.get(name);
    if (!example) throw new Error(`no example for ${name}: add a shown step to scripts/sync-protocol/story.ts`);
    const shape = (MUTATORS[name].args as unknown as { shape?: Record<string, { def: { type: string } }> }).shape ?? {};
    const keys = Object.entries(shape).map(([key, schema]) => (schema.def.type === 'optional' ? `\`${key}\` (optional)` : `\`${key}\``));
    return [`#### \`${name}\``, '', WHAT[name], '', `Arguments: ${keys.join(', ')}.`, '', json(`mutation ${name}`, example)].join('\n');
  }).join('\n\n');
}

/** The text of generated block `name`. */
export function renderBlock(name: string): string {
  if (name === 'mutations') return mutationSections();
  const examples = protocolExamples();
  if (!(name in examples)) throw new Error(`unknown generated block ${name}`);
  return json(name, examples[name]);
}

const BLOCK = /(<!-- BEGIN GENERATED ([a-z-]+) -->\n)[\s\S]*?(<!-- END GENERATED \2 -->)/g;

/** The doc with every generated block rewritten from the registry and the story. */
export function regenerate(doc: string): string {
  return doc.replace(BLOCK, (_all, begin: string, name: string, end: string) => `${begin}${renderBlock(name)}\n${end}`);
}

/** The names of the generated blocks the doc has. */
export const generatedBlocks = (doc: string) => [...doc.matchAll(BLOCK)].map((m) => m[2]!);

/** The JSON code blocks of a doc by their label (```json <label>). */
export function jsonBlocks(doc: string): Map<string, unknown> {
  return new Map([...doc.matchAll(/^```json ([^\n]+)\n([\s\S]*?)\n```$/gm)].map((m) => [m[1]!.trim(), JSON.parse(m[2]!) as unknown]));
}
