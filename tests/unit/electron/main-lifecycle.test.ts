import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(() => import('./fake-electron'));
const desk = await vi.hoisted(async () => {
  const { EventBus } = await import('../../../core/event-bus');
  const events = new EventBus();
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'dispatched' }));
  const close = vi.fn();
  const settings = new Map<string, unknown>();
  const ctx = { settings: { get: (k: string) => settings.get(k), set: (k: string, v: unknown) => void settings.set(k, v) } };
  return { events, dispatch, close, settings, openDesk: vi.fn(() => ({ ctx, events, dispatch, close })) };
});

vi.mock('electron', () => fake);
vi.mock('electron-store', () => ({
  default: class FakeStore {
    constructor(readonly options: unknown) {}
    get(): unknown {
      return undefined;
    }
    set(): void {}
  },
}));
vi.mock('../../../core/desk', () => ({ openDesk: desk.openDesk }));
// The key itself is tested in electron-security.test.ts; here it must not touch the disk.
const databaseKey = await vi.hoisted(async () => {
  class PassphraseNeededError extends Error {}
  return { PassphraseNeededError, PASSPHRASE_ENV: 'COMPLAINT_DESK_PASSPHRASE', hasDatabaseKey: vi.fn(() => false), shellDatabaseKey: vi.fn(() => Buffer.alloc(32, 1)) };
});
vi.mock('../../../electron/main/database-key', () => databaseKey);
const handleCallEvent = await vi.hoisted(() => vi.fn());
const cti = await vi.hoisted(() => {
  const stop = vi.fn(async () => {});
  return { stop, startCtiListener: vi.fn(async () => ({ current: () => null, stop })) };
});
vi.mock('../../../core/cti/cti-listener', () => ({ startCtiListener: cti.startCtiListener }));
// The rest of what runs while the desk is open (core/desk-services.ts): sync and the reminder clock.
const running = await vi.hoisted(() => ({ stopSync: vi.fn(async () => {}), stopReminders: vi.fn() }));
vi.mock('../../../core/sync/start-sync', () => ({ startSync: vi.fn(() => ({ stop: running.stopSync })) }));
vi.mock('../../../core/reminders/reminder-clock', () => ({ startReminderClock: vi.fn(() => running.stopReminders) }));
vi.mock('../../../core/cti/handle-call-event', () => ({ handleCallEvent }));

const { app, BrowserWindow, ipcMain, Menu } = fake;
const realArgv = process.argv;
const realPlatform = process.platform;

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(app.whenReady).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const setPlatform = (platform: string) => Object.defineProperty(process, 'platform', { value: platform });

beforeEach(() => {
  fake.resetFakeElectron();
  process.argv = ['/opt/desk/complaint-desk'];
});

afterEach(() => {
  process.argv = realArgv;
  setPlatform(realPlatform);
});

describe('the main process', () => {
  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    vi.resetModules();
    await import('../../../electron/main/index');
    expect(app.quit).toHaveBeenCalled();
    expect(desk.openDesk).not.toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('opens the desk in userData, registers IPC and the menu, and shows the window', async () => {
    await startMain();
    expect(desk.openDesk).toHaveBeenCalledWith({ dataDir: '/fake/userData', settings: expect.anything(), key: expect.any(Buffer) });
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('complaintdesk');
    expect(ipcMain.handlers.has('desk:invoke')).toBe(true);
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    const [window] = BrowserWindow.created;
    expect(window?.options.webPreferences).toMatchObject({ preload: '/fake/app/dist/electron/preload/index.cjs', sandbox: true });
    expect(window?.loaded).toEqual({ url: 'app://desk/index.html' });
  });

  it('answers calls from its window through the desk dispatcher and forwards desk events to it', async () => {
    await startMain();
    const [window] = BrowserWindow.created;
    const answer = await ipcMain.handlers.get('desk:invoke')?.({ senderFrame: window?.webContents.mainFrame }, 'session.current', {});
    expect(answer).toEqual({ ok: true, value: 'dispatched' });
    desk.events.emit('complaints.changed', { id: 'c-9' });
    expect(window?.webContents.sent).toContainEqual(['desk:event', 'complaints.changed', { id: 'c-9' }]);
  });

  it('records the call a second instance was started with and brings the window forward', async () => {
    await startMain();
    const [window] = BrowserWindow.created;
    if (window) window.minimized = true;
    app.emit('second-instance', {}, ['/opt/desk/complaint-desk', 'complaintdesk://call?from=13800138000&callId=c-1'], '/');
    await vi.waitFor(() => expect(handleCallEvent).toHaveBeenCalled());
    expect(handleCallEvent).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ kind: 'incoming', direction: 'in', from: '13800138000', callId: 'c-1', source: 'url' }),
    );
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('records a MicroSIP command line on the first launch', async () => {
    process.argv = ['C:\\Complaint Desk\\Complaint Desk.exe', '13800138000'];
    await startMain();
    await vi.waitFor(() => expect(handleCallEvent).toHaveBeenCalled());
    expect(handleCallEvent).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ kind: 'incoming', from: '13800138000', source: 'argv' }));
  });

  it('records a hang-up without stealing focus, and ignores a malformed URL', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await startMain();
    const [window] = BrowserWindow.created;
    app.emit('open-url', { preventDefault: () => {} }, 'complaintdesk://nonsense');
    app.emit('open-url', { preventDefault: () => {} }, 'complaintdesk://call?event=hangup&from=13800138000&callId=c-1&cause=normalClearing');
    await vi.waitFor(() => expect(handleCallEvent).toHaveBeenCalledTimes(1));
    expect(handleCallEvent).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ kind: 'hungUp', callId: 'c-1' }));
    expect(window?.focus).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^\[softphone\] ignored a URL/));
  });

  it('quits when the last window closes except on macOS, and closes the desk on quit', async () => {
    await startMain();
    setPlatform('darwin');
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    setPlatform('linux');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
    const quitEvent = { preventDefault: vi.fn() };
    app.emit('will-quit', quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(desk.close).toHaveBeenCalled());
    expect(cti.stop).toHaveBeenCalled();
    expect(cti.stop.mock.invocationCallOrder[0]).toBeLessThan(desk.close.mock.invocationCallOrder[0]!);
  });

  it('on quit, stops sync, the CTI endpoint and the reminder clock before the database closes, then quits', async () => {
    await startMain();
    expect(desk.openDesk.mock.results.at(-1)?.value.ctx.idleLock).toEqual(expect.objectContaining({ isLocked: expect.any(Function) }));
    const quitEvent = { preventDefault: vi.fn() };
    app.emit('will-quit', quitEvent);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    const closedAt = desk.close.mock.invocationCallOrder[0]!;
    for (const stop of [cti.stop, running.stopSync, running.stopReminders]) {
      expect(stop).toHaveBeenCalledOnce();
      expect(stop.mock.invocationCallOrder[0]).toBeLessThan(closedAt);
    }
    // The second will-quit (from app.quit) finds nothing left running and lets the app go.
    const again = { preventDefault: vi.fn() };
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(cti.stop).toHaveBeenCalledOnce();
  });

  it('starts the CTI endpoint and names its own executable for the MicroSIP snippet', async () => {
    await startMain();
    expect(cti.startCtiListener).toHaveBeenCalled();
    expect(desk.settings.get('ctiEndpoint.appExecutable')).toBe(process.execPath);
  });

  it('shows an error and exits when the desk cannot open its data', async () => {
    desk.openDesk.mockImplementationOnce(() => {
      throw new Error('SQLITE_NOTADB');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startMain();
    expect(fake.dialog.showErrorBox).toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(BrowserWindow.created).toEqual([]);
  });

  it('on Linux without a keychain, answers the page "locked" until the agent gives the passphrase, then opens the desk', async () => {
    databaseKey.shellDatabaseKey.mockImplementationOnce(() => {
      throw new databaseKey.PassphraseNeededError('no keychain');
    });
    await startMain();
    expect(desk.openDesk).not.toHaveBeenCalled();
    const [window] = BrowserWindow.created;
    const invoke = (call: string, input: unknown) => ipcMain.handlers.get('desk:invoke')?.({ senderFrame: window?.webContents.mainFrame }, call, input);
    expect(await invoke('session.current', {})).toEqual({
      ok: false,
      error: { code: 'unauthenticated', messageKey: 'unlock.needed', params: { firstRun: 1 } },
    });
    expect(await invoke('desk.unlock', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await invoke('desk.unlock', { passphrase: 'correct horse battery' })).toEqual({ ok: true, value: {} });
    expect(databaseKey.shellDatabaseKey).toHaveBeenLastCalledWith('/fake/userData', expect.anything(), { COMPLAINT_DESK_PASSPHRASE: 'correct horse battery' });
    expect(desk.openDesk).toHaveBeenCalledWith({ dataDir: '/fake/userData', settings: expect.anything(), key: expect.any(Buffer) });
    expect(await invoke('session.current', {})).toEqual({ ok: true, value: 'dispatched' });
    desk.events.emit('complaints.changed', { id: 'c-1' });
    expect(window?.webContents.sent).toContainEqual(['desk:event', 'complaints.changed', { id: 'c-1' }]);
  });
});
