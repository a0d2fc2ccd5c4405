import type { Actor } from './access';

/**
 * What ended or changed a caller: one session (sign-out, a replayed refresh token), every session of one person
 * (password change or reset, deactivation, a new role, team, name or 工号), everyone in one team (it moved to
 * another branch), or anyone (a notice that cannot be read, a lost listening connection).
 */
export type ActorRevocation = { sessionId: string } | { userId: string } | { teamId: string } | { everyone: true };

export const EVERY_ACTOR: ActorRevocation = { everyone: true };

export interface ActorCacheLimits {
  /** Entries kept; the least recently used goes first. */
  maxEntries: number;
  /** The longest an entry is served without asking PostgreSQL again: a backstop, revocations act at once. */
  ttlMs: number;
}

export const DEFAULT_ACTOR_CACHE: ActorCacheLimits = { maxEntries: 10_000, ttlMs: 30_000 };

/** `ACTOR_CACHE_TTL_SECONDS` (0–300, default 30; 0 turns the cache off): docs/operations.md says when to change it. */
export function actorCacheLimits(env: NodeJS.ProcessEnv = process.env): ActorCacheLimits {
  const seconds = Number(env.ACTOR_CACHE_TTL_SECONDS ?? DEFAULT_ACTOR_CACHE.ttlMs / 1000);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 300) {
    throw new Error(`ACTOR_CACHE_TTL_SECONDS must be a whole number of seconds from 0 to 300, not ${env.ACTOR_CACHE_TTL_SECONDS}`);
  }
  return { ...DEFAULT_ACTOR_CACHE, ttlMs: seconds * 1000 };
}

/** A revocation as the actor_revoked notice carries it (server migration 26); anything unreadable revokes everyone. */
export function actorRevocationOf(payload: string): ActorRevocation {
  try {
    const v = JSON.parse(payload) as Record<string, unknown>;
    if (typeof v.sessionId === 'string') return { sessionId: v.sessionId };
    if (typeof v.userId === 'string') return { userId: v.userId };
    if (typeof v.teamId === 'string') return { teamId: v.teamId };
  } catch {
    // not JSON: fall through
  }
  return EVERY_ACTOR;
}

function revokes(revocation: ActorRevocation, actor: Actor): boolean {
  if ('everyone' in revocation) return true;
  if ('sessionId' in revocation) return revocation.sessionId === actor.sessionId;
  if ('userId' in revocation) return revocation.userId === actor.userId;
  return revocation.teamId === actor.teamId;
}

type Entry = { actor: Actor; generation: string; cachedAt: number; until: number };

/** A cached caller, and the person's actor_generation when it was read (server migration 26). */
export interface CachedActor {
  actor: Actor;
  generation: string;
}

/**
 * This process's cache of access token → caller, keyed by the token's SHA-256 (the token itself is never kept),
 * so a signed-in call need not join the token, session, person, team and branch each time. An entry lives until
 * the token expires or `ttlMs` passes, whichever is first, and goes at once when a revocation names it: in this
 * process from the service that made the change, in every other from the actor_revoked notice (PokeRelay).
 *
 * A served entry is checked against the person's actor_generation, read in the statement that counts the call
 * (countHitReadingGeneration): a change committed anywhere is seen by the next call even before its notice arrives.
 * It serves only while revocations can reach it (`serving(true)`: on PostgreSQL while the listening connection
 * is up, on PGlite — one process — from the start); off, every call asks PostgreSQL. A lookup that was running
 * when a revocation came is not stored (the epoch moved), so an answer read before a change never outlives it.
 */
export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private epoch = 0;
  private on = false;

  constructor(private readonly limits: ActorCacheLimits = DEFAULT_ACTOR_CACHE) {}

  /** Starts (or stops) serving; either way it starts empty. */
  serving(on: boolean): void {
    this.on = on;
    this.revoke(EVERY_ACTOR);
  }

  get isServing(): boolean {
    return this.on;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Taken before a lookup in PostgreSQL, handed to `remember` after it. */
  get currentEpoch(): number {
    return this.epoch;
  }

  /** The caller behind the token hash, if cached and still fresh at `now`. */
  lookup(tokenHash: string, now: Date): CachedActor | undefined {
    if (!this.on) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    const t = now.getTime();
    this.entries.delete(tokenHash);
    // A clock that went back is not trusted either way: ask again.
    if (t >= entry.until || t < entry.cachedAt) return undefined;
    this.entries.set(tokenHash, entry);
    return { actor: entry.actor, generation: entry.generation };
  }

  /** Drops one entry (its person changed since it was read). */
  drop(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  /** Keeps what PostgreSQL answered for the token, unless something was revoked since `epoch`. */
  remember(tokenHash: string, { actor, generation }: CachedActor, tokenExpiresAt: Date, now: Date, epoch: number): void {
    if (!this.on || epoch !== this.epoch) return;
    const t = now.getTime();
    const until = Math.min(tokenExpiresAt.getTime(), t + this.limits.ttlMs);
    if (until <= t) return;
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { actor: Object.freeze({ ...actor }), generation, cachedAt: t, until });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  /** Drops every entry the revocation names; lookups running now are not stored. */
  revoke(revocation: ActorRevocation): void {
    this.epoch++;
    if ('everyone' in revocation) return this.entries.clear();
    for (const [hash, entry] of this.entries) if (revokes(revocation, entry.actor)) this.entries.delete(hash);
  }
}
