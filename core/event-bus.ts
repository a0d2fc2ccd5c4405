import type { EventName, EventPayload } from '../shared/api/events';
import { log } from './log';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Fans desk events out to every connected window (IPC) or browser tab (event stream). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch (error) {
        log('error', '[EventBus] listener failed', error);
      }
    }
  }
}
