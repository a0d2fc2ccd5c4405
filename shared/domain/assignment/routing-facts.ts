import type { Channel } from '../channels';
import { REGULATOR_CHANNEL } from '../channels';
import type { Complaint } from '../complaint';
import type { ComplaintType } from '../complaint-types';
import type { RuleMatch } from './assignment-rules';

/** What the rules look at in a complaint; `repeat` and the branch come from the server's records. */
export interface RoutingFacts {
  complaintType: ComplaintType;
  complaintSubtype: string;
  channel: Channel;
  /** The branch of the person who took it. */
  branchId: string | null;
  regulatorReferral: boolean;
  /** 重复投诉: the complaint repeats an earlier one (`repeatOf`, decided where it was created). */
  repeat: boolean;
  reason?: string | undefined;
  line?: string | undefined;
}

/** The facts of a complaint, with the branch of the person who took it (which only the records know). */
export function routingFactsOf(complaint: Complaint, known: { branchId: string | null }): RoutingFacts {
  const intake = complaint.intake;
  // The regulator's reason and line are recorded at registration: a complaint routed when it arrives has none yet.
  const registration = (complaint.stages as Record<string, { reasonCode?: unknown; lineCode?: unknown } | null | undefined>).registration;
  const repeatOf = (complaint as { repeatOf?: unknown }).repeatOf;
  return {
    complaintType: intake.complaintType,
    complaintSubtype: intake.complaintSubtype,
    channel: intake.channel,
    branchId: known.branchId,
    regulatorReferral: intake.channel === REGULATOR_CHANNEL,
    repeat: repeatOf !== null && repeatOf !== undefined,
    reason: typeof registration?.reasonCode === 'string' ? registration.reasonCode : undefined,
    line: typeof registration?.lineCode === 'string' ? registration.lineCode : undefined,
  };
}

const within = <T>(list: readonly T[] | undefined, value: T | null | undefined) => list === undefined || list.length === 0 || (value != null && list.includes(value));
const is = (wanted: boolean | undefined, value: boolean) => wanted === undefined || wanted === value;

/** Every condition of the match holds for these facts. */
export function matches(match: RuleMatch, facts: RoutingFacts): boolean {
  return (
    within(match.complaintTypes, facts.complaintType) &&
    within(match.subtypes, facts.complaintSubtype) &&
    within(match.channels, facts.channel) &&
    within(match.branchIds, facts.branchId) &&
    is(match.regulatorReferral, facts.regulatorReferral) &&
    is(match.repeat, facts.repeat) &&
    within(match.reasons, facts.reason) &&
    within(match.lines, facts.line)
  );
}
