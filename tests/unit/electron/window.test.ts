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
  it('isolates the page with the one secure set of web preferences and the CommonJS preload', () => {
    const window = open();
    expect(window.options).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700 });
    expect(window.options.webPreferences).toEqual({
      preload: '/opt/desk/dist/electron/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('loads the built renderer over app://, or the dev server URL in development', () => {
    expect(open().loaded).toEqual({ url: 'app://desk/index.html' });
    const dev = resolveRendererLocation('/opt/desk', 'http://localhost:5173/', false);
    expect(open(dev).loaded).toEqual({ url: 'http://localhost:5173/' });
  });

  it('ignores a dev server URL once packaged', () => {
    expect(resolveRendererLocation('/opt/desk', 'http://localhost:5173/', true)).toEqual({
      kind: 'app',
      dir: '/opt/desk/dist/renderer',
      url: 'app://desk/index.html',
    });
  });

  it('blocks navigation, redirects and frame navigation away from the exact app origin, and allows them within', () => {
    const { webContents } = open();
    for (const away of ['https://evil.example/', 'file:///etc/passwd', 'file:///opt/desk/dist/renderer/index.html', 'app://evil/index.html', 'app://desk:8080/index.html', 'app://x@desk/']) {
      expect(webContents.navigate(away), away).toBe(true);
      expect(webContents.redirect(away), away).toBe(true);
      expect(webContents.frameNavigate(away), away).toBe(true);
      expect(webContents.frameNavigate(away, true), away).toBe(true);
    }
    expect(webContents.navigate('app://desk/index.html#/queue')).toBe(false);
    expect(webContents.redirect('app://desk/index.html')).toBe(false);
    expect(webContents.frameNavigate('app://desk/index.html', true)).toBe(false);
  });

  it('denies window.open, sending only allow-listed sites to the system browser', () => {
    const { webContents } = open();
    expect(webContents.windowOpenHandler?.({ url: 'https://www.nfra.gov.cn/cn/view/pages/index.html' })).toEqual({ action: 'deny' });
    for (const url of ['https://www.example.com/policy', 'http://www.nfra.gov.cn/', 'https://www.nfra.gov.cn.evil.example/', 'file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)']) {
      expect(webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.nfra.gov.cn/cn/view/pages/index.html');
  });
});

describe('isAppUrl', () => {
  it('accepts only pages of the dev server origin', () => {
    const dev = resolveRendererLocation('/opt/desk', 'http://localhost:5173/', false);
    expect(isAppUrl(dev, 'http://localhost:5173/complaints/1')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(dev, 'not a url')).toBe(false);
  });

  it('accepts only the exact app://desk origin, never a file: URL', () => {
    expect(isAppUrl(renderer, 'app://desk/index.html?x=1#/complaints')).toBe(true);
    expect(isAppUrl(renderer, 'file:///opt/desk/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl(renderer, 'app://desk.evil/index.html')).toBe(false);
  });
});
