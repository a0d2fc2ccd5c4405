import { describe, expect, it } from 'vitest';
import { mayCall } from '../../../shared/api/contract';
import { toDeskEvent } from '../../../shared/api/events';

describe('mayCall', () => {
  it('lets anyone make public calls, signed-in people the rest, and only the listed roles role-bound ones', () => {
    expect(mayCall('session.signIn', null)).toBe(true);
    expect(mayCall('queue.mine', null)).toBe(false);
    expect(mayCall('queue.mine', { role: 'agent' })).toBe(true);
    expect(mayCall('complaints.extendDeadline', { role: 'agent' })).toBe(false);
    expect(mayCall('complaints.extendDeadline', { role: 'lead' })).toBe(true);
    expect(mayCall('phrases.set', { role: 'lead' })).toBe(false);
    expect(mayCall('phrases.set', { role: 'admin' })).toBe(true);
  });
});

describe('toDeskEvent', () => {
  it('types an event by its name once its payload matches the schema', () => {
    const event = toDeskEvent('cti.statusChanged', { listeningPort: 5820 });
    expect(event).toEqual({ name: 'cti.statusChanged', payload: { listeningPort: 5820 } });
    if (event?.name === 'cti.statusChanged') expect(event.payload.listeningPort).toBe(5820);
  });

  it('drops an unknown name or a payload of the wrong shape', () => {
    expect(toDeskEvent('sync.progress', { done: 1 })).toBeNull();
    expect(toDeskEvent('complaints.changed', { id: 42 })).toBeNull();
    expect(toDeskEvent('call.updated', {})).toBeNull();
  });
});
