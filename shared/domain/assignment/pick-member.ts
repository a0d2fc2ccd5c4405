import type { RoutingStrategy } from './assignment-rules';
import { unavailableBecause, type RosterMember } from './availability';

/** Why nobody of a team could be picked. */
export type NobodyReason = 'noMembers' | 'allUnavailable' | 'allOverCap' | 'noSkilledMember';

export type Pick = { member: RosterMember } | { nobody: NobodyReason };

const byEmployeeNo = (a: RosterMember, b: RosterMember) => (a.employeeNo < b.employeeNo ? -1 : a.employeeNo > b.employeeNo ? 1 : 0);

/** The least loaded (weighted by complexity), then the fewest open, then by 工号: one answer for one state. */
function leastLoaded(members: readonly RosterMember[]): RosterMember {
  return [...members].sort((a, b) => a.openLoad - b.openLoad || a.openCount - b.openCount || byEmployeeNo(a, b))[0]!;
}

/** The next after `last` in 工号 order, going round; the first when `last` is null or gone. */
function nextInTurn(members: readonly RosterMember[], last: string | null): RosterMember {
  const sorted = [...members].sort(byEmployeeNo);
  return (last === null ? undefined : sorted.find((m) => m.employeeNo > last)) ?? sorted[0]!;
}

/**
 * One member of the team for a complaint, by the strategy, among those on shift and under their cap only;
 * or why nobody. Skills: those carrying every required skill, the least loaded of them.
 */
export function pickMember(members: readonly RosterMember[], strategy: RoutingStrategy, skills: readonly string[], lastPicked: string | null): Pick {
  if (members.length === 0) return { nobody: 'noMembers' };
  const onShift = members.filter((m) => unavailableBecause(m) !== 'onLeave' && unavailableBecause(m) !== 'off');
  if (onShift.length === 0) return { nobody: 'allUnavailable' };
  const free = onShift.filter((m) => unavailableBecause(m) === null);
  if (free.length === 0) return { nobody: 'allOverCap' };
  if (strategy === 'skills') {
    const skilled = free.filter((m) => skills.every((s) => m.skills.includes(s)));
    return skilled.length === 0 ? { nobody: 'noSkilledMember' } : { member: leastLoaded(skilled) };
  }
  return { member: strategy === 'roundRobin' ? nextInTurn(free, lastPicked) : leastLoaded(free) };
}
