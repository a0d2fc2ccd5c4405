import type { ActorRef } from '../actor';
import type { AssignmentRules, BilingualName, TeamTarget } from './assignment-rules';
import type { RosterMember } from './availability';
import { pickMember, type NobodyReason } from './pick-member';
import { matches, type RoutingFacts } from './routing-facts';

/** The rule that decided, as the timeline names it. */
export interface RuleRef {
  id: string;
  name: BilingualName;
}

/** A team as the router sees it: its lead and its members (with availability and open complaints). */
export interface TeamRoster {
  teamId: string;
  lead: ActorRef | null;
  members: readonly RosterMember[];
  /** The member round robin gave the previous complaint of this team. */
  lastPicked: string | null;
}

export type RouteDecision =
  /** No rule matched and the branch has no fallback: the complaint stays as it is. */
  | { kind: 'unrouted' }
  /** A rule says the person who took it keeps it. */
  | { kind: 'keep'; rule: RuleRef }
  | { kind: 'assign'; rule: RuleRef; teamId: string; person: ActorRef }
  /** Nobody of the team fits: to the team's lead (null: the team has none), with why. */
  | { kind: 'toLead'; rule: RuleRef; teamId: string; lead: ActorRef | null; reason: NobodyReason };

export const FALLBACK_RULE_NAME: BilingualName = { zh: '分支机构默认', en: 'Branch fallback' };

/** The first matching rule's target, else the branch's fallback, else nothing. */
export function chooseRule(rules: AssignmentRules, facts: RoutingFacts): { rule: RuleRef; target: TeamTarget | { kind: 'keep' } } | null {
  const rule = rules.rules.find((r) => matches(r.match, facts));
  if (rule) return { rule: { id: rule.id, name: rule.name }, target: rule.target };
  const fallback = facts.branchId === null ? undefined : rules.fallbacks.find((f) => f.branchId === facts.branchId);
  return fallback ? { rule: { id: `fallback:${fallback.branchId}`, name: FALLBACK_RULE_NAME }, target: fallback.target } : null;
}

/**
 * Where a new complaint goes: the first rule that matches it (else its branch's fallback) names a team
 * and a strategy; the router picks one member on shift and under their cap, or — when nobody fits —
 * sends it to the team's lead saying why. Pure: `rosterOf` answers the team's state now.
 */
export function routeComplaint(rules: AssignmentRules, facts: RoutingFacts, rosterOf: (teamId: string) => TeamRoster | null): RouteDecision {
  const chosen = chooseRule(rules, facts);
  if (!chosen) return { kind: 'unrouted' };
  const { rule, target } = chosen;
  if (target.kind === 'keep') return { kind: 'keep', rule };
  const roster = rosterOf(target.teamId);
  if (!roster) return { kind: 'toLead', rule, teamId: target.teamId, lead: null, reason: 'noMembers' };
  const pick = pickMember(roster.members, target.strategy, target.skills ?? [], roster.lastPicked);
  if ('nobody' in pick) return { kind: 'toLead', rule, teamId: target.teamId, lead: roster.lead, reason: pick.nobody };
  return { kind: 'assign', rule, teamId: target.teamId, person: { id: pick.member.employeeNo, name: pick.member.name } };
}
