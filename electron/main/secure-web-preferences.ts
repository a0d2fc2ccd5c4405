import type { WebPreferences } from 'electron';

/**
 * The one place a window's web preferences are made: Electron's security checklist, every switch set
 * explicitly so a default changed by an Electron upgrade cannot loosen it.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    // A middle click would otherwise open a link in a new window, past the window-open handler's intent.
    disableBlinkFeatures: 'Auxclick',
  };
}
