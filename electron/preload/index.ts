import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResult } from '../../shared/api/errors';
import type { DeskBridge } from '../../shared/api/bridge';
import { BRIDGE_KEY, EVENT_CHANNEL, INVOKE_CHANNEL } from '../common/ipc-channels';

// A plain object: contextBridge copies it into the page, while a Proxy or a class instance would arrive empty.
const bridge: DeskBridge = {
  invoke: (call, input) => ipcRenderer.invoke(INVOKE_CHANNEL, call, input) as Promise<ApiResult<unknown>>,
  on: (name, listener) => {
    const relay = (_event: IpcRendererEvent, eventName: unknown, payload: unknown): void => {
      if (eventName === name) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
