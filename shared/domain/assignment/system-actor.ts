import type { Actor } from '../actor';

/**
 * Who the server's own changes are made by (the assignment by rules): not a person, so its 工号 is outside
 * the 工号 pattern and nobody can sign in as it. It acts with an admin's reach — any complaint, any person.
 */
export const SYSTEM_ACTOR: Actor = { id: '@system', name: '系统分派', role: 'admin' };

export const isSystemActor = (actor: { id: string }) => actor.id === SYSTEM_ACTOR.id;
