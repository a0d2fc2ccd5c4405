import type { ApiResult } from './errors';
import type { EventName } from './events';

/**
 * What the Electron preload exposes to the page as `window.complaintDesk`, and all the renderer may
 * ask of the main process. It is the wire: the dispatcher validates every call's input, and the
 * renderer checks every event's payload against its schema (toDeskEvent) before it is used.
 */
export interface DeskBridge {
  invoke(call: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to one desk event; returns the function that unsubscribes. */
  on(name: EventName, listener: (payload: unknown) => void): () => void;
}
