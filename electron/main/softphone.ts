import type { App, BrowserWindow } from 'electron';
import { resolve } from 'node:path';
import { CALL_URL_SCHEME, isCallUrl } from '../../shared/domain/cti/call-url';

export const PROTOCOL_SCHEME = CALL_URL_SCHEME;

/** Raw input from a softphone: a complaintdesk:// URL it opened, or the command line it started us with. */
export type SoftphoneInput = (...input: ['url', string] | ['argv', readonly string[]]) => void;

/** Makes the OS open complaintdesk:// URLs with this app. */
export function registerProtocolClient(app: App, isDefaultApp: boolean, argv: readonly string[]): void {
  // Run as `electron .`, the OS must be told to start electron with our app path, not electron alone.
  const appPath = argv[1];
  if (isDefaultApp && appPath) app.setAsDefaultProtocolClient(PROTOCOL_SCHEME, process.execPath, [resolve(appPath)]);
  else app.setAsDefaultProtocolClient(PROTOCOL_SCHEME);
}

/**
 * The softphone's part of a command line: the arguments after the executable (and, under `electron .`, the app
 * path), without the --switches Chromium adds. A complaintdesk:// URL among them is passed on as a URL.
 */
export function softphoneCommandLine(argv: readonly string[], isDefaultApp: boolean): Parameters<SoftphoneInput> | null {
  const args = argv.slice(isDefaultApp ? 2 : 1).filter((arg) => !arg.startsWith('--'));
  const url = args.find(isCallUrl);
  if (url) return ['url', url];
  return args.length > 0 ? ['argv', args] : null;
}

/** Softphone input arrives as a second launch (Windows, Linux) or as an open-url event (macOS). */
export function listenForSoftphoneInput(app: App, isDefaultApp: boolean, onInput: SoftphoneInput): void {
  app.on('second-instance', (_event, argv) => {
    const input = softphoneCommandLine(argv, isDefaultApp);
    if (input) onInput(...input);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    onInput('url', url);
  });
}

/** An incoming call must be seen at once, even over other programs or with the desk minimised. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
