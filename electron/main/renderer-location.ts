import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the window loads the UI from: the built renderer file, or a dev server while developing. */
export type RendererLocation = { kind: 'file'; path: string } | { kind: 'url'; url: string };

export function resolveRendererLocation(appPath: string, devServerUrl: string | undefined, isPackaged: boolean): RendererLocation {
  // A packaged app ignores the variable: whoever serves that URL would get the desk's IPC bridge.
  if (devServerUrl && !isPackaged) return { kind: 'url', url: devServerUrl };
  return { kind: 'file', path: join(appPath, 'dist', 'renderer', 'index.html') };
}

/** True when `url` is our UI: the renderer's index.html (any query or hash), or a page of the dev server. */
export function isAppUrl(location: RendererLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'url') return parsed.origin === new URL(location.url).origin;
  // file: URLs all share the opaque origin "null", so compare the file itself.
  const entry = pathToFileURL(location.path);
  return parsed.protocol === 'file:' && parsed.host === entry.host && parsed.pathname === entry.pathname;
}
