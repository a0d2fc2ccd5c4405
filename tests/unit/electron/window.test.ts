import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createMainWindow } = await import('../../../electron/main/window');
const { isAppUrl, resolveRendererLocation } = await import('../../../electron/main/renderer-location');

const renderer = resolveRendererLocation('/opt/desk', undefined, false);
const open = (location = renderer): BrowserWindow =>
  createMainWindow({ preloadPath: '/opt/desk/dist/electron/preload/index.cjs', renderer: location, title: 'Complaint Desk' }) as unknown as BrowserWindow;

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('the main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, the CommonJS preload', () => {
    const window = open();
    expect(window.options).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700 });
    expect(window.options.webPreferences).toEqual({
      preload: '/opt/desk/dist/electron/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('loads the built renderer file, or the dev server URL in development', () => {
    expect(open().loaded).toEqual({ file: '/opt/desk/dist/renderer/index.html' });
    const dev = resolveRendererLocation('/opt/desk', 'http://localhost:5173/', false);
    expect(open(dev).loaded).toEqual({ url: 'http://localhost:5173/' });
  });

  it('ignores a dev server URL once packaged', () => {
    expect(resolveRendererLocation('/opt/desk', 'http://localhost:5173/', true)).toEqual({
      kind: 'file',
      path: '/opt/desk/dist/renderer/index.html',
    });
  });

  it('blocks navigation away from the app and allows it within', () => {
    const { webContents } = open();
    expect(webContents.navigate('https://evil.example/')).toBe(true);
    expect(webContents.navigate('file:///etc/passwd')).toBe(true);
    expect(webContents.navigate('file:///opt/desk/dist/renderer/index.html#/queue')).toBe(false);
  });

  it('denies window.open, sending web links to the system browser and nothing else', () => {
    const { webContents } = open();
    expect(webContents.windowOpenHandler?.({ url: 'https://www.example.com/policy' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.example.com/policy');
  });
});

describe('isAppUrl', () => {
  it('accepts only pages of the dev server origin', () => {
    const dev = resolveRendererLocation('/opt/desk', 'http://localhost:5173/', false);
    expect(isAppUrl(dev, 'http://localhost:5173/complaints/1')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(dev, 'not a url')).toBe(false);
  });

  it('accepts only the renderer index.html among file: URLs', () => {
    expect(isAppUrl(renderer, 'file:///opt/desk/dist/renderer/index.html?x=1')).toBe(true);
    expect(isAppUrl(renderer, 'file:///opt/desk/dist/renderer/other.html')).toBe(false);
    expect(isAppUrl(renderer, 'file://evil-host/opt/desk/dist/renderer/index.html')).toBe(false);
  });
});
