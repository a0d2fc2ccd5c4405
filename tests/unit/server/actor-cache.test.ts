import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../server/services/access';
import { ActorCache, actorCacheLimits, actorRevocationOf } from '../../../server/services/actor-cache';

const actor = (n: number, teamId: string | null = 't1'): Actor => ({
  userId: `u${n}`,
  sessionId: `s${n}`,
  employeeNo: `A${n}`,
  name: `person ${n}`,
  role: 'agent',
  teamId,
  branchId: 'b1',
});
const at = (ms: number) => new Date(Date.UTC(2026, 11, 8) + ms);
const LATER = at(3_600_000);

function serving(limits = { maxEntries: 3, ttlMs: 30_000 }) {
  const cache = new ActorCache(limits);
  cache.serving(true);
  return cache;
}

describe('the token cache (access token hash → caller)', () => {
  it('serves nothing until revocations can reach it, and starts empty each time it is switched', () => {
    const cache = new ActorCache();
    cache.remember('h1', { actor: actor(1), generation: '0' }, LATER, at(0), cache.currentEpoch);
    expect(cache.lookup('h1', at(1))).toBeUndefined();
    cache.serving(true);
    cache.remember('h1', { actor: actor(1), generation: '0' }, LATER, at(0), cache.currentEpoch);
    expect(cache.lookup('h1', at(1))?.actor).toEqual(actor(1));
    cache.serving(false);
    expect(cache.lookup('h1', at(2))).toBeUndefined();
    cache.serving(true);
    expect(cache.lookup('h1', at(3))).toBeUndefined();
  });

  it('keeps an entry until its time to live or the token’s expiry, whichever is first', () => {
    const cache = serving();
    cache.remember('long', { actor: actor(1), generation: '0' }, LATER, at(0), cache.currentEpoch);
    cache.remember('short', { actor: actor(2), generation: '0' }, at(5_000), at(0), cache.currentEpoch);
    expect(cache.lookup('long', at(29_999))?.actor).toEqual(actor(1));
    expect(cache.lookup('long', at(30_000))).toBeUndefined();
    expect(cache.lookup('short', at(4_999))?.actor).toEqual(actor(2));
    expect(cache.lookup('short', at(5_000))).toBeUndefined();
    // A clock that went back is not trusted: asked again.
    cache.remember('back', { actor: actor(3), generation: '0' }, LATER, at(10_000), cache.currentEpoch);
    expect(cache.lookup('back', at(9_999))).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const cache = serving();
    for (const n of [1, 2, 3]) cache.remember(`h${n}`, { actor: actor(n), generation: '0' }, LATER, at(0), cache.currentEpoch);
    expect(cache.lookup('h1', at(1))?.actor).toEqual(actor(1));
    cache.remember('h4', { actor: actor(4), generation: '0' }, LATER, at(2), cache.currentEpoch);
    expect(cache.size).toBe(3);
    expect(cache.lookup('h2', at(3))).toBeUndefined();
    expect(cache.lookup('h1', at(3))?.actor).toEqual(actor(1));
    expect(cache.lookup('h4', at(3))?.actor).toEqual(actor(4));
  });

  it('drops what a revocation names — a session, a person, a team, everyone — and nothing else', () => {
    const cache = serving({ maxEntries: 10, ttlMs: 30_000 });
    const fill = () => {
      cache.revoke({ everyone: true });
      cache.remember('h1', { actor: actor(1, 't1'), generation: '0' }, LATER, at(0), cache.currentEpoch);
      cache.remember('h2', { actor: actor(2, 't1'), generation: '0' }, LATER, at(0), cache.currentEpoch);
      cache.remember('h3', { actor: actor(3, 't2'), generation: '0' }, LATER, at(0), cache.currentEpoch);
    };
    const left = () => ['h1', 'h2', 'h3'].filter((h) => cache.lookup(h, at(1)));
    fill();
    cache.revoke({ sessionId: 's1' });
    expect(left()).toEqual(['h2', 'h3']);
    fill();
    cache.revoke({ userId: 'u3' });
    expect(left()).toEqual(['h1', 'h2']);
    fill();
    cache.revoke({ teamId: 't1' });
    expect(left()).toEqual(['h3']);
    fill();
    cache.revoke({ everyone: true });
    expect(left()).toEqual([]);
  });

  it('does not store a lookup that was running when a revocation came (it may have read the state before the change)', () => {
    const cache = serving();
    const epoch = cache.currentEpoch;
    cache.revoke({ userId: 'u9' });
    cache.remember('h1', { actor: actor(1), generation: '0' }, LATER, at(0), epoch);
    expect(cache.lookup('h1', at(1))).toBeUndefined();
  });

  it('hands out a frozen copy, so no caller can change what the next one gets', () => {
    const cache = serving();
    cache.remember('h1', { actor: actor(1), generation: '0' }, LATER, at(0), cache.currentEpoch);
    expect(Object.isFrozen(cache.lookup('h1', at(1))?.actor)).toBe(true);
  });

  it('takes its time to live from ACTOR_CACHE_TTL_SECONDS (0 turns it off) and refuses anything else', () => {
    expect(actorCacheLimits({})).toEqual({ maxEntries: 10_000, ttlMs: 30_000 });
    expect(actorCacheLimits({ ACTOR_CACHE_TTL_SECONDS: '5' }).ttlMs).toBe(5_000);
    const off = new ActorCache(actorCacheLimits({ ACTOR_CACHE_TTL_SECONDS: '0' }));
    off.serving(true);
    off.remember('h1', { actor: actor(1), generation: '0' }, LATER, at(0), off.currentEpoch);
    expect(off.lookup('h1', at(0))).toBeUndefined();
    for (const bad of ['-1', '301', '1.5', 'soon']) expect(() => actorCacheLimits({ ACTOR_CACHE_TTL_SECONDS: bad })).toThrow(/ACTOR_CACHE_TTL_SECONDS/);
  });

  it('reads the actor_revoked notice; one it cannot read revokes everyone', () => {
    expect(actorRevocationOf('{"sessionId":"s1"}')).toEqual({ sessionId: 's1' });
    expect(actorRevocationOf('{"userId":"u1"}')).toEqual({ userId: 'u1' });
    expect(actorRevocationOf('{"teamId":"t1"}')).toEqual({ teamId: 't1' });
    expect(actorRevocationOf('{"other":1}')).toEqual({ everyone: true });
    expect(actorRevocationOf('not json')).toEqual({ everyone: true });
  });
});
