import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { once } from 'node:events';
import { join } from 'node:path';
import { startCtiListener, type CtiListener } from '../../core/cti/cti-listener';
import { APP_EXECUTABLE_KEY } from '../../core/cti/cti-settings';
import { handleCallEvent } from '../../core/cti/handle-call-event';
import { openDesk, type Desk } from '../../core/desk';
import { presetServerAddress } from '../../core/use-cases/session/server-address';
import { forwardDeskEvents, registerDispatcher } from './ipc';
import { installMenu, menuLanguage } from './menu';
import { isAppUrl, resolveRendererLocation } from './renderer-location';
import {
  bringToFront,
  listenForSoftphoneInput,
  registerProtocolClient,
  softphoneCommandLine,
  type SoftphoneInput,
} from './softphone';
import { softphoneCallEvent } from './softphone-call';
import { serverArgument } from './server-argument';
import { createTrustedSenderCheck } from './trusted-sender';
import { createMainWindow } from './window';

const APP_TITLE = 'Complaint Desk';

function start(): void {
  const isDefaultApp = process.defaultApp === true;
  const renderer = resolveRendererLocation(app.getAppPath(), process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const isOurs = (url: string): boolean => isAppUrl(renderer, url);
  let desk: Desk | null = null;
  let mainWindow: BrowserWindow | null = null;
  let cti: Promise<CtiListener> | null = null;

  const openWindow = (opened: Desk): BrowserWindow => {
    const window = createMainWindow({
      preloadPath: join(app.getAppPath(), 'dist', 'electron', 'preload', 'index.cjs'),
      renderer,
      title: APP_TITLE,
    });
    const stopForwarding = forwardDeskEvents(opened.events, window.webContents);
    window.on('closed', () => {
      stopForwarding();
      mainWindow = null;
    });
    mainWindow = window;
    return window;
  };

  const onSoftphoneInput: SoftphoneInput = (...input) => {
    void app.whenReady().then(async () => {
      const event = softphoneCallEvent(...input);
      const opened = desk;
      if (!opened || !event) return;
      const window = mainWindow ?? openWindow(opened);
      // The page hears of the call through a desk event, so it has to be listening first.
      if (window.webContents.isLoading()) await once(window.webContents, 'did-finish-load');
      if (event.kind === 'incoming') bringToFront(window);
      try {
        handleCallEvent(opened.ctx, event);
      } catch (error) {
        console.error('[softphone] could not record the call', error);
      }
    });
  };

  app.enableSandbox();
  registerProtocolClient(app, isDefaultApp, process.argv);
  listenForSoftphoneInput(app, isDefaultApp, onSoftphoneInput);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (desk && !mainWindow) openWindow(desk);
  });
  app.on('will-quit', (event) => {
    const listener = cti;
    cti = null;
    if (!listener) {
      desk?.close();
      desk = null;
      return;
    }
    // Stop taking softphone events before the database closes, then quit for real.
    event.preventDefault();
    void listener
      .then((l) => l.stop())
      .finally(() => {
        desk?.close();
        desk = null;
        app.quit();
      });
  });

  void app.whenReady().then(() => {
    try {
      desk = openDesk({
        dataDir: app.getPath('userData'),
        settings: new ElectronStore<Record<string, unknown>>({ name: 'settings' }),
      });
      const server = serverArgument(process.argv);
      if (server) presetServerAddress(desk.ctx, server);
    } catch (error) {
      console.error('[main] the desk could not open its data', error);
      dialog.showErrorBox(APP_TITLE, `${APP_TITLE} could not open its data:\n${String(error)}`);
      app.exit(1);
      return;
    }
    registerDispatcher(ipcMain, desk.dispatch, createTrustedSenderCheck(() => mainWindow, isOurs));
    // The MicroSIP snippet in Settings names this very executable.
    desk.ctx.settings.set(APP_EXECUTABLE_KEY, process.execPath);
    cti = startCtiListener(desk.ctx);
    installMenu(menuLanguage(app.getLocale()), app.isPackaged);
    openWindow(desk);
    const firstInput = softphoneCommandLine(process.argv, isDefaultApp);
    if (firstInput) onSoftphoneInput(...firstInput);
  });
}

// A second launch (a softphone opening a call URL) hands its command line to the running desk and exits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
