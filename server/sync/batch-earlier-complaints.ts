import type { EarlierComplaint } from '../../shared/domain/regulatory/repeat-complaint';
import type { Queryable } from '../db/queryable';
import { earlierComplaintsOfPolicies, policyMatchKey } from './earlier-complaints-repo';

type Window = { since: string; until: string };

/**
 * The stored complaints a push batch's creates are checked against for 重复投诉, read once for the batch: every
 * policy its creates name, over the span of their windows (one query instead of one per create); each create then
 * takes those of its policy within its own window. A create the batch did not announce is read on its own.
 */
export class BatchEarlierComplaints {
  private constructor(
    private readonly tx: Queryable,
    private readonly read: EarlierComplaint[],
    private readonly covered: { policies: Set<string>; span: Window } | null,
  ) {}

  static async open(tx: Queryable, creates: ReadonlyArray<{ policyNumber: string; window: Window }>): Promise<BatchEarlierComplaints> {
    if (creates.length === 0) return new BatchEarlierComplaints(tx, [], null);
    const span = {
      since: creates.map((c) => c.window.since).reduce((a, b) => (a < b ? a : b)),
      until: creates.map((c) => c.window.until).reduce((a, b) => (a > b ? a : b)),
    };
    const policies = creates.map((c) => c.policyNumber);
    return new BatchEarlierComplaints(tx, await earlierComplaintsOfPolicies(tx, policies, span), { policies: new Set(policies.map(policyMatchKey)), span });
  }

  async storedFor(policyNumber: string, window: Window): Promise<EarlierComplaint[]> {
    const key = policyMatchKey(policyNumber);
    const c = this.covered;
    if (!c || !c.policies.has(key) || window.since < c.span.since || window.until > c.span.until) return earlierComplaintsOfPolicies(this.tx, [policyNumber], window);
    const since = Date.parse(window.since);
    const until = Date.parse(window.until);
    return this.read.filter((e) => policyMatchKey(e.policyNumber) === key && Date.parse(e.receivedAt) >= since && Date.parse(e.receivedAt) <= until);
  }
}
