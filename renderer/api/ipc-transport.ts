import type { DeskBridge } from '../../shared/api/bridge';
import { EVENT_NAMES, toDeskEvent, type DeskEventListener } from '../../shared/api/events';
import type { Transport } from './transport';

declare global {
  interface Window {
    complaintDesk?: DeskBridge;
  }
}

export function ipcTransport(bridge: DeskBridge): Transport {
  return {
    invoke: (call, input) => bridge.invoke(call, input),
    saveExport: (jobId) => bridge.invoke('exports.saveAs', { jobId }),
    subscribe: (listener: DeskEventListener) => {
      const offs = EVENT_NAMES.map((name) =>
        bridge.on(name, (payload) => {
          const event = toDeskEvent(name, payload);
          if (event) listener(event);
        }),
      );
      return () => offs.forEach((off) => off());
    },
  };
}
