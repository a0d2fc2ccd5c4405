import { BrowserWindow, shell, type WebContents } from 'electron';
import { isAppUrl, type RendererLocation } from './renderer-location';

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
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  guardNavigation(window.webContents, (url) => isAppUrl(options.renderer, url));
  const loading = options.renderer.kind === 'file' ? window.loadFile(options.renderer.path) : window.loadURL(options.renderer.url);
  loading.catch((error: unknown) => console.error('[window] the renderer failed to load', error));
  return window;
}

const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

/**
 * The page may never navigate away from the app or open windows of its own: either would run foreign
 * content next to the bridge. Web links go to the system browser instead.
 */
export function guardNavigation(webContents: WebContents, isOurs: (url: string) => boolean): void {
  webContents.on('will-navigate', (event) => {
    if (isOurs(event.url)) return;
    event.preventDefault();
    console.warn(`[window] blocked navigation to ${event.url}`);
  });
  webContents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
