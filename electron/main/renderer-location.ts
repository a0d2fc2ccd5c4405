import { join } from 'node:path';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from './app-protocol';

/** Where the window loads the UI from: the built renderer over app://, or a dev server while developing. */
export type RendererLocation = { kind: 'app'; dir: string; url: string } | { kind: 'url'; url: string };

export function resolveRendererLocation(appPath: string, devServerUrl: string | undefined, isPackaged: boolean): RendererLocation {
  // A packaged app ignores the variable: whoever serves that URL would get the desk's IPC bridge.
  if (devServerUrl && !isPackaged) return { kind: 'url', url: devServerUrl };
  return { kind: 'app', dir: join(appPath, 'dist', 'renderer'), url: APP_ENTRY_URL };
}

/** True when `url` is our UI: exactly app://desk (any page, query or hash), or exactly the dev server's origin. */
export function isAppUrl(location: RendererLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'url') return parsed.origin === new URL(location.url).origin;
  // Node gives non-special schemes the opaque origin "null", so compare scheme and host.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.port === '';
}
