export type { DeskBridge } from '../../shared/api/bridge';

/** The one channel every contract call travels on (renderer → main). */
export const INVOKE_CHANNEL = 'desk:invoke';
/** The one channel every desk event travels on (main → renderer), as (name, payload). */
export const EVENT_CHANNEL = 'desk:event';
/** The global the preload exposes the bridge under: `window.complaintDesk`. */
export const BRIDGE_KEY = 'complaintDesk';
