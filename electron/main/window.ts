import { BrowserWindow, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-links';
import { isAppUrl, type RendererLocation } from './renderer-location';
import { secureWebPreferences } from './secure-web-preferences';

export interface MainWindowOptions {
  /** The built CommonJS preload: a sandboxed preload cannot be an ES module. */
  preloadPath: string;
  renderer: RendererLocation;
  title: string;
}

/** The agent's one window: secure defaults, the bridge preloaded, and no way to leave the app. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 700,
    title: options.title,
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  guardNavigation(window.webContents, (url) => isAppUrl(options.renderer, url));
  window.loadURL(options.renderer.url).catch((error: unknown) => console.error('[window] the renderer failed to load', error));
  return window;
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/**
 * The page and its frames may never navigate or be redirected away from the app's exact origin, nor
 * open windows of their own: either would run foreign content next to the bridge. Links to an allowed
 * site go to the system browser instead; everything else is refused.
 */
export function guardNavigation(webContents: WebContents, isOurs: (url: string) => boolean): void {
  const stayInApp = (kind: string) => (event: NavigationEvent) => {
    if (isOurs(event.url)) return;
    event.preventDefault();
    console.warn(`[window] blocked ${kind} to ${event.url}`);
  };
  webContents.on('will-navigate', stayInApp('navigation'));
  webContents.on('will-redirect', stayInApp('redirect'));
  webContents.on('will-frame-navigate', stayInApp('frame navigation'));
  webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    else console.warn(`[window] refused to open ${url}`);
    return { action: 'deny' };
  });
}
