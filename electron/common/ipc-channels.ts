import type { ApiResult } from '../../shared/api/errors';

/** The one channel every contract call travels on (renderer → main). */
export const INVOKE_CHANNEL = 'desk:invoke';
/** The one channel every desk event travels on (main → renderer), as (name, payload). */
export const EVENT_CHANNEL = 'desk:event';
/** The global the preload exposes the bridge under: `window.complaintDesk`. */
export const BRIDGE_KEY = 'complaintDesk';

/** What the preload exposes: everything the renderer may ask of the main process. */
export interface DeskBridge {
  invoke(call: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to one desk event; returns the function that unsubscribes. */
  on(name: string, listener: (payload: unknown) => void): () => void;
}
