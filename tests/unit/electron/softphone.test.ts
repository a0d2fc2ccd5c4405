import type { App, BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { bringToFront, listenForSoftphoneInput, registerProtocolClient, softphoneCommandLine } = await import(
  '../../../electron/main/softphone'
);

const fakeApp = app as unknown as App;

beforeEach(() => resetFakeElectron());

describe('softphone input', () => {
  it('forwards a second instance’s arguments, without the executable and Chromium’s switches', () => {
    const onInput = vi.fn();
    listenForSoftphoneInput(fakeApp, false, onInput);
    app.emit('second-instance', {}, ['C:\\Desk\\Complaint Desk.exe', '--allow-file-access-from-files', '13800138000'], 'C:\\');
    expect(onInput).toHaveBeenCalledWith('argv', ['13800138000']);
  });

  it('forwards a complaintdesk:// URL from a second instance as a URL', () => {
    const onInput = vi.fn();
    listenForSoftphoneInput(fakeApp, true, onInput);
    app.emit('second-instance', {}, ['/usr/bin/electron', '/src/desk', 'complaintdesk://call?from=13800138000'], '/');
    expect(onInput).toHaveBeenCalledWith('url', 'complaintdesk://call?from=13800138000');
  });

  it('ignores a second launch with nothing for it', () => {
    const onInput = vi.fn();
    listenForSoftphoneInput(fakeApp, true, onInput);
    app.emit('second-instance', {}, ['/usr/bin/electron', '/src/desk'], '/');
    expect(onInput).not.toHaveBeenCalled();
  });

  it('forwards macOS open-url events and keeps the OS from handling them', () => {
    const onInput = vi.fn();
    const preventDefault = vi.fn();
    listenForSoftphoneInput(fakeApp, false, onInput);
    app.emit('open-url', { preventDefault }, 'complaintdesk://call?from=1');
    expect(preventDefault).toHaveBeenCalled();
    expect(onInput).toHaveBeenCalledWith('url', 'complaintdesk://call?from=1');
  });

  it('reads the first launch’s command line the same way', () => {
    expect(softphoneCommandLine(['/opt/desk/complaint-desk'], false)).toBeNull();
    expect(softphoneCommandLine(['/opt/desk/complaint-desk', 'COMPLAINTDESK://call?from=1'], false)).toEqual(['url', 'COMPLAINTDESK://call?from=1']);
  });

  it('registers complaintdesk:// — with the app path when run as `electron .`', () => {
    registerProtocolClient(fakeApp, false, ['/opt/desk/complaint-desk']);
    expect(app.setAsDefaultProtocolClient).toHaveBeenLastCalledWith('complaintdesk');
    registerProtocolClient(fakeApp, true, ['/usr/bin/electron', '.']);
    expect(app.setAsDefaultProtocolClient).toHaveBeenLastCalledWith('complaintdesk', process.execPath, [process.cwd()]);
  });

  it('brings a minimised window to the front', () => {
    const window = new BrowserWindow({});
    window.minimized = true;
    bringToFront(window as unknown as ElectronWindow);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
