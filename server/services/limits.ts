import { Problem } from '../problem';
import type { Queryable } from '../db/queryable';
import { hitWindow } from '../repos/throttle';

export interface RateRule {
  max: number;
  windowSeconds: number;
}

/**
 * Throttling policy. Keyed by account, user and desk client id, never by IP: a branch's desks sit
 * behind one NAT. Counters live in PostgreSQL so every server process agrees.
 */
export interface Limits {
  /** Sign-in attempts per desk client id. */
  loginPerClient: RateRule;
  /** Sign-in attempts per 工号 (existing or not). */
  loginPerAccount: RateRule;
  refreshPerClient: RateRule;
  /** Signed-in calls per user. */
  callsPerUser: RateRule;
  /** Password changes (current password checks) per user. */
  passwordChecksPerUser: RateRule;
  /** Failed sign-ins allowed before the account is locked; each further failure doubles the lock. */
  backoff: { freeFailures: number; baseLockSeconds: number; maxLockSeconds: number };
}

export const DEFAULT_LIMITS: Limits = {
  loginPerClient: { max: 30, windowSeconds: 60 },
  loginPerAccount: { max: 20, windowSeconds: 60 },
  refreshPerClient: { max: 30, windowSeconds: 60 },
  callsPerUser: { max: 600, windowSeconds: 60 },
  passwordChecksPerUser: { max: 10, windowSeconds: 600 },
  backoff: { freeFailures: 5, baseLockSeconds: 30, maxLockSeconds: 15 * 60 },
};

export const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

export function rateLimited(retryAfterSeconds: number, what: string): Problem {
  return new Problem('rate_limited', `too many ${what}; try again in ${retryAfterSeconds} s`, undefined, retryAfterSeconds);
}

/** Counts one hit on `key`; over the rule's maximum, refuses with 429 and when to come back. */
export async function enforceRate(db: Queryable, key: string, rule: RateRule, now: Date, what: string): Promise<void> {
  refuseOverLimit(await hitWindow(db, key, rule.windowSeconds, now), rule, now, what);
}

/** A hit already counted: over the rule's maximum, refuses with 429 and when to come back. */
export function refuseOverLimit({ hits, windowStart }: { hits: number; windowStart: Date }, rule: RateRule, now: Date, what: string): void {
  if (hits > rule.max) {
    throw rateLimited(secondsUntil(new Date(windowStart.getTime() + rule.windowSeconds * 1000), now), what);
  }
}
