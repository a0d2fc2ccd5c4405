import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AssignmentRulesSchema, type AssignmentRules, type TeamTarget } from '../../../shared/domain/assignment/assignment-rules';
import { AVAILABILITY_STATES, unavailableBecause, type RosterMember } from '../../../shared/domain/assignment/availability';
import { routeComplaint, type RouteDecision, type TeamRoster } from '../../../shared/domain/assignment/route-complaint';
import type { RoutingFacts } from '../../../shared/domain/assignment/routing-facts';
import { CHANNELS } from '../../../shared/domain/channels';
import { COMPLAINT_TYPE_CODES } from '../../../shared/domain/complaint-types';

const BRANCH = '00000000-0000-4000-8000-00000000000b';
const TEAMS = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const LEAD = { id: 'L0001', name: '组长' };

const facts = (over: Partial<RoutingFacts> = {}): RoutingFacts => ({
  complaintType: 'claims_dispute',
  complaintSubtype: 'claim_amount',
  channel: 'phone',
  branchId: BRANCH,
  regulatorReferral: false,
  repeat: false,
  ...over,
});
const member = (employeeNo: string, over: Partial<RosterMember> = {}): RosterMember => ({
  employeeNo,
  name: employeeNo,
  state: 'onShift',
  cap: null,
  skills: [],
  openCount: 0,
  openLoad: 0,
  ...over,
});
const team = (teamId: string, members: RosterMember[], lastPicked: string | null = null): TeamRoster => ({ teamId, lead: LEAD, members, lastPicked });
const toTeam = (teamId: string, strategy: TeamTarget['strategy'], skills?: string[]): TeamTarget => ({ kind: 'team', teamId, strategy, ...(skills ? { skills } : {}) });
const rulesOf = (rules: AssignmentRules): AssignmentRules => AssignmentRulesSchema.parse(rules);

describe('the router', () => {
  it('takes the first matching rule, else the branch fallback, else leaves the complaint', () => {
    const rules = rulesOf({
      rules: [
        { id: 'regulator', name: { zh: '监管转办', en: 'Regulator' }, match: { regulatorReferral: true }, target: toTeam(TEAMS[0]!, 'leastLoad') },
        { id: 'repeat', name: { zh: '重复投诉', en: 'Repeat' }, match: { repeat: true, channels: ['phone'] }, target: { kind: 'keep' } },
        { id: 'claims', name: { zh: '理赔', en: 'Claims' }, match: { complaintTypes: ['claims_dispute'] }, target: toTeam(TEAMS[1]!, 'roundRobin') },
      ],
      fallbacks: [{ branchId: BRANCH, target: toTeam(TEAMS[0]!, 'roundRobin') }],
    });
    const rosters = new Map(TEAMS.map((t, i) => [t, team(t, [member(`A${i}001`)])]));
    const route = (f: RoutingFacts) => routeComplaint(rules, f, (t) => rosters.get(t) ?? null);
    expect(route(facts({ channel: 'regulator', regulatorReferral: true, repeat: true }))).toMatchObject({ kind: 'assign', rule: { id: 'regulator' }, person: { id: 'A0001' } });
    expect(route(facts({ repeat: true }))).toMatchObject({ kind: 'keep', rule: { id: 'repeat' } });
    expect(route(facts({ repeat: true, channel: 'email' }))).toMatchObject({ kind: 'assign', rule: { id: 'claims' }, person: { id: 'A1001' } });
    expect(route(facts({ complaintType: 'fraud' }))).toMatchObject({ kind: 'assign', rule: { id: `fallback:${BRANCH}` }, teamId: TEAMS[0] });
    expect(route(facts({ complaintType: 'fraud', branchId: null }))).toEqual({ kind: 'unrouted' });
  });

  it('matches a reason and a line once the complaint carries them', () => {
    const rules = rulesOf({
      rules: [{ id: 'health', name: { zh: '健康险', en: 'Health' }, match: { lines: ['health'], reasons: ['delay'] }, target: toTeam(TEAMS[0]!, 'leastLoad') }],
      fallbacks: [],
    });
    const roster = () => team(TEAMS[0]!, [member('A0001')]);
    expect(routeComplaint(rules, facts(), roster).kind).toBe('unrouted');
    expect(routeComplaint(rules, facts({ line: 'health', reason: 'delay' }), roster).kind).toBe('assign');
    expect(routeComplaint(rules, facts({ line: 'health', reason: 'other' }), roster).kind).toBe('unrouted');
  });

  it('weighs open complaints by complexity, picks by skills, and sends to the lead saying why nobody fits', () => {
    const rules = (strategy: TeamTarget['strategy'], skills?: string[]) =>
      rulesOf({ rules: [{ id: 'r', name: { zh: '规则', en: 'Rule' }, match: {}, target: toTeam(TEAMS[0]!, strategy, skills) }], fallbacks: [] });
    const route = (r: AssignmentRules, members: RosterMember[]) => routeComplaint(r, facts(), () => team(TEAMS[0]!, members));
    const loaded = [member('A1', { openCount: 2, openLoad: 4 }), member('A2', { openCount: 3, openLoad: 3 })];
    expect(route(rules('leastLoad'), loaded)).toMatchObject({ person: { id: 'A2' } });
    const dialects = [member('A1', { skills: ['dialect:cantonese'], openLoad: 5, openCount: 5 }), member('A2')];
    expect(route(rules('skills', ['dialect:cantonese']), dialects)).toMatchObject({ person: { id: 'A1' } });
    expect(route(rules('skills', ['dialect:hokkien']), dialects)).toMatchObject({ kind: 'toLead', lead: LEAD, reason: 'noSkilledMember' });
    expect(route(rules('leastLoad'), [member('A1', { state: 'onLeave' }), member('A2', { state: 'off' })])).toMatchObject({ kind: 'toLead', reason: 'allUnavailable' });
    expect(route(rules('leastLoad'), [member('A1', { cap: 2, openCount: 2 }), member('A2', { state: 'off' })])).toMatchObject({ kind: 'toLead', reason: 'allOverCap' });
    expect(route(rules('leastLoad'), [])).toMatchObject({ kind: 'toLead', reason: 'noMembers' });
  });

  it('refuses a rule set with unknown fields, a repeated id or a malformed skill', () => {
    const base = { id: 'r', name: { zh: '规则', en: 'Rule' }, match: {}, target: toTeam(TEAMS[0]!, 'skills', ['dialect:cantonese']) };
    expect(AssignmentRulesSchema.safeParse({ rules: [base], fallbacks: [] }).success).toBe(true);
    expect(AssignmentRulesSchema.safeParse({ rules: [base, base], fallbacks: [] }).success).toBe(false);
    expect(AssignmentRulesSchema.safeParse({ rules: [{ ...base, match: { colour: 'red' } }], fallbacks: [] }).success).toBe(false);
    expect(AssignmentRulesSchema.safeParse({ rules: [{ ...base, target: toTeam(TEAMS[0]!, 'skills', ['Cantonese']) }], fallbacks: [] }).success).toBe(false);
  });
});

// ---- properties ----

const memberArb = (employeeNo: string) =>
  fc.record({
    employeeNo: fc.constant(employeeNo),
    name: fc.constant(employeeNo),
    state: fc.constantFrom(...AVAILABILITY_STATES),
    cap: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    skills: fc.subarray(['dialect:cantonese', 'line:health', 'reason:delay']),
    openCount: fc.constant(0),
    openLoad: fc.constant(0),
  });
const targetArb = fc.record({
  kind: fc.constant('team' as const),
  teamId: fc.constantFrom(...TEAMS),
  strategy: fc.constantFrom('roundRobin' as const, 'leastLoad' as const, 'skills' as const),
  skills: fc.subarray(['dialect:cantonese', 'line:health']),
});
const rulesArb: fc.Arbitrary<AssignmentRules> = fc.record({
  rules: fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      name: fc.constant({ zh: '规则', en: 'Rule' }),
      match: fc.record(
        { complaintTypes: fc.subarray([...COMPLAINT_TYPE_CODES]), channels: fc.subarray([...CHANNELS]), repeat: fc.boolean(), regulatorReferral: fc.boolean() },
        { requiredKeys: [] },
      ),
      target: fc.oneof(targetArb, fc.constant({ kind: 'keep' as const })),
    }),
    { maxLength: 5, selector: (r) => r.id },
  ),
  fallbacks: fc.option(targetArb, { nil: undefined }).map((t) => (t ? [{ branchId: BRANCH, target: t }] : [])),
});
const factsArb = fc.record({
  complaintType: fc.constantFrom(...COMPLAINT_TYPE_CODES),
  complaintSubtype: fc.constant('claim_amount'),
  channel: fc.constantFrom(...CHANNELS),
  branchId: fc.constantFrom(BRANCH, null),
  regulatorReferral: fc.boolean(),
  repeat: fc.boolean(),
});
/** A day's events: a complaint arrives, someone's availability changes, or a complaint is closed. */
const stepArb = fc.oneof(
  { weight: 4, arbitrary: factsArb.map((f) => ({ kind: 'arrive' as const, facts: f, complexity: 1 })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('availability' as const), who: fc.nat(7), state: fc.constantFrom(...AVAILABILITY_STATES), cap: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), who: fc.nat(7) }) },
);

describe('router properties', () => {
  it('no rule set and availability sequence makes it pick someone unavailable or over their cap', () => {
    fc.assert(
      fc.property(rulesArb, fc.tuple(...[0, 1, 2, 3].map((i) => memberArb(`A${i}`))), fc.tuple(...[4, 5, 6, 7].map((i) => memberArb(`B${i}`))), fc.array(stepArb, { maxLength: 60 }), (rules, first, second, steps) => {
        const people = [...first, ...second];
        const rosters = new Map<string, TeamRoster>([
          [TEAMS[0]!, team(TEAMS[0]!, first)],
          [TEAMS[1]!, team(TEAMS[1]!, second)],
        ]);
        const teamOf = (no: string) => (no.startsWith('A') ? TEAMS[0]! : TEAMS[1]!);
        for (const step of steps) {
          if (step.kind === 'availability') Object.assign(people[step.who]!, { state: step.state, cap: step.cap });
          else if (step.kind === 'close') Object.assign(people[step.who]!, { openCount: Math.max(0, people[step.who]!.openCount - 1), openLoad: Math.max(0, people[step.who]!.openLoad - 1) });
          else {
            const decision: RouteDecision = routeComplaint(rules, step.facts, (t) => rosters.get(t) ?? null);
            if (decision.kind !== 'assign') continue;
            const picked = people.find((p) => p.employeeNo === decision.person.id)!;
            expect(unavailableBecause(picked)).toBeNull();
            expect(teamOf(picked.employeeNo)).toBe(decision.teamId);
            picked.openCount += 1;
            picked.openLoad += step.complexity;
            rosters.get(decision.teamId)!.lastPicked = picked.employeeNo;
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('round robin is fair over any arrival order: counts differ by at most one', () => {
    fc.assert(
      fc.property(fc.array(factsArb, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 7 }), fc.option(fc.nat(6), { nil: null }), (arrivals, size, start) => {
        const members = Array.from({ length: size }, (_, i) => member(`A${String(i).padStart(3, '0')}`));
        const roster = team(TEAMS[0]!, members, start === null ? null : `A${String(start).padStart(3, '0')}`);
        const rules = rulesOf({ rules: [{ id: 'all', name: { zh: '全部', en: 'All' }, match: {}, target: toTeam(TEAMS[0]!, 'roundRobin') }], fallbacks: [] });
        const counts = new Map<string, number>();
        for (const f of arrivals) {
          const decision = routeComplaint(rules, f, () => roster);
          if (decision.kind !== 'assign') throw new Error(`expected an assignment, got ${decision.kind}`);
          counts.set(decision.person.id, (counts.get(decision.person.id) ?? 0) + 1);
          roster.lastPicked = decision.person.id;
        }
        const all = members.map((m) => counts.get(m.employeeNo) ?? 0);
        expect(Math.max(...all) - Math.min(...all)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
