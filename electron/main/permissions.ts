import type { Session } from 'electron';

/** The desk needs no camera, microphone, location, notifications or anything else a page can ask for: every request is refused. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    console.warn(`[window] refused the page's request for "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
