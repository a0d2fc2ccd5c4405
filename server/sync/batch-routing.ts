import type { AssignmentRules } from '../../shared/domain/assignment/assignment-rules';
import { chooseRule, routeComplaint, type RouteDecision, type TeamRoster } from '../../shared/domain/assignment/route-complaint';
import type { RoutingFacts } from '../../shared/domain/assignment/routing-facts';
import { complaintWeight } from '../../shared/domain/assignment/availability';
import type { Queryable } from '../db/queryable';
import { lockTurns, readRosters, saveTurns } from '../repos/routing-repo';

/**
 * The routing of one push batch's new complaints: the teams their rules name are locked and read once
 * (members, availability, open complaints, the round-robin turn); each decision counts its complaint in
 * the picked person's load at once, so the next complaint of the batch sees it.
 */
export class BatchRouting {
  private constructor(
    private readonly rules: AssignmentRules,
    private readonly rosters: Map<string, TeamRoster>,
  ) {}

  static async open(tx: Queryable, rules: AssignmentRules, facts: readonly RoutingFacts[]): Promise<BatchRouting> {
    const teamIds = [...new Set(facts.flatMap((f) => {
      const chosen = chooseRule(rules, f);
      return chosen && chosen.target.kind === 'team' ? [chosen.target.teamId] : [];
    }))];
    const turns = await lockTurns(tx, teamIds);
    const read = await readRosters(tx, [...turns.keys()]);
    const rosters = new Map([...read].map(([teamId, r]) => [teamId, { teamId, lead: r.lead, members: r.members, lastPicked: turns.get(teamId) ?? null }]));
    return new BatchRouting(rules, rosters);
  }

  /** The decision for one complaint; a pick is counted at once (its complexity's weight) and becomes the team's turn. */
  route(facts: RoutingFacts, complexity: string): RouteDecision {
    const decision = routeComplaint(this.rules, facts, (teamId) => this.rosters.get(teamId) ?? null);
    if (decision.kind === 'assign') {
      const roster = this.rosters.get(decision.teamId)!;
      roster.members = roster.members.map((m) => (m.employeeNo === decision.person.id ? { ...m, openCount: m.openCount + 1, openLoad: m.openLoad + complaintWeight(complexity) } : m));
      roster.lastPicked = decision.person.id;
    }
    return decision;
  }

  /** The turns as they now stand, written inside the push's transaction. */
  save(tx: Queryable): Promise<void> {
    return saveTurns(tx, new Map([...this.rosters.values()].map((r) => [r.teamId, r.lastPicked])));
  }
}
