import type { ApiResult } from '../../shared/api/errors';
import type { DeskEventListener, Transport } from './transport';

/** The bridge electron/preload exposes: exactly these two functions. */
export interface DeskBridge {
  invoke(call: string, input: unknown): Promise<ApiResult<unknown>>;
  on(name: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    complaintDesk?: DeskBridge;
  }
}

export function ipcTransport(bridge: DeskBridge, eventNames: readonly string[]): Transport {
  return {
    invoke: (call, input) => bridge.invoke(call, input),
    subscribe: (listener: DeskEventListener) => {
      const offs = eventNames.map((name) => bridge.on(name, (payload) => listener(name, payload)));
      return () => offs.forEach((off) => off());
    },
  };
}
