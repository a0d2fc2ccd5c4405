import type { BrowserWindow as ElectronWindow, IpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../core/event-bus';
import { BrowserWindow, FakeWebFrame, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { forwardDeskEvents, registerDispatcher } = await import('../../../electron/main/ipc');
const { createTrustedSenderCheck } = await import('../../../electron/main/trusted-sender');
const { isAppUrl } = await import('../../../electron/main/renderer-location');

const APP_URL = 'app://desk/index.html';
const renderer = { kind: 'app', dir: '/opt/desk/dist/renderer', url: APP_URL } as const;

function setUp() {
  const window = new BrowserWindow({});
  window.webContents.finishLoad(APP_URL);
  const dispatch = vi.fn(async (call: string, input: unknown) => ({ ok: true as const, value: { call, input } }));
  const check = createTrustedSenderCheck(() => window as unknown as ElectronWindow, (url) => isAppUrl(renderer, url));
  registerDispatcher(ipcMain as unknown as IpcMain, dispatch, check);
  const handler = ipcMain.handlers.get('desk:invoke');
  if (!handler) throw new Error('desk:invoke was not registered');
  const invoke = (senderFrame: FakeWebFrame | null) => handler({ senderFrame }, 'queue.list', { page: 1 });
  return { window, dispatch, invoke };
}

const forbidden = { ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } };

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('desk:invoke', () => {
  it('dispatches a call from our window’s main frame showing our page', async () => {
    const { window, dispatch, invoke } = setUp();
    await expect(invoke(window.webContents.mainFrame)).resolves.toEqual({ ok: true, value: { call: 'queue.list', input: { page: 1 } } });
    expect(dispatch).toHaveBeenCalledWith('queue.list', { page: 1 });
  });

  it('refuses a subframe, even one showing our page', async () => {
    const { window, dispatch, invoke } = setUp();
    await expect(invoke(new FakeWebFrame(APP_URL, window.webContents.mainFrame))).resolves.toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses the main frame once it shows a foreign origin, and logs it', async () => {
    const { window, dispatch, invoke } = setUp();
    window.webContents.mainFrame.url = 'https://evil.example/';
    await expect(invoke(window.webContents.mainFrame)).resolves.toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^\[ipc\] refused queue\.list from https:\/\/evil\.example/));
  });

  it('refuses a frame of another window', async () => {
    const { dispatch, invoke } = setUp();
    await expect(invoke(new FakeWebFrame(APP_URL))).resolves.toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose sender frame is gone', async () => {
    const { dispatch, invoke } = setUp();
    await expect(invoke(null)).resolves.toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything once the window is destroyed', async () => {
    const { window, dispatch, invoke } = setUp();
    window.destroyed = true;
    await expect(invoke(window.webContents.mainFrame)).resolves.toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('desk events', () => {
  it('reach the window as (name, payload) on desk:event until unsubscribed', () => {
    const events = new EventBus();
    const window = new BrowserWindow({});
    const stop = forwardDeskEvents(events, window.webContents);
    events.emit('complaints.changed', { id: 'c-1' });
    stop();
    events.emit('complaints.changed', { id: 'c-2' });
    expect(window.webContents.sent).toEqual([['desk:event', 'complaints.changed', { id: 'c-1' }]]);
  });

  it('are not sent to a destroyed window', () => {
    const events = new EventBus();
    const window = new BrowserWindow({});
    forwardDeskEvents(events, window.webContents);
    window.webContents.destroyed = true;
    events.emit('complaints.changed', { id: 'c-1' });
    expect(window.webContents.sent).toEqual([]);
  });
});
