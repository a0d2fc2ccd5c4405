import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Dispatch } from '../../core/dispatcher';
import type { EventBus } from '../../core/event-bus';
import type { ApiResult } from '../../shared/api/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../common/ipc-channels';
import type { SenderCheck } from './trusted-sender';

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } };

/** One handler for every contract call; the dispatcher validates, checks the role and runs the use case. */
export function registerDispatcher(ipcMain: IpcMain, dispatch: Dispatch, isTrustedSender: SenderCheck): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, call: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || !isTrustedSender(frame)) {
      console.warn(`[ipc] refused ${String(call)} from ${frame ? frame.url : 'a frame that is gone'}`);
      return FORBIDDEN;
    }
    return dispatch(String(call), input);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Sends every desk event to the window's page; returns the function that stops. */
export function forwardDeskEvents(events: Pick<EventBus, 'subscribe'>, webContents: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  return events.subscribe((name, payload) => {
    if (!webContents.isDestroyed()) webContents.send(EVENT_CHANNEL, name, payload);
  });
}
