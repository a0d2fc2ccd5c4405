import { app, dialog, ipcMain, Notification, protocol, safeStorage, session, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { once } from 'node:events';
import { join } from 'node:path';
import { APP_EXECUTABLE_KEY } from '../../core/cti/cti-settings';
import { handleCallEvent } from '../../core/cti/handle-call-event';
import { openDesk, type Desk } from '../../core/desk';
import { startDeskServices, type DeskServices } from '../../core/desk-services';
import { PRIVATE_FILE_MODE } from '../../core/security/private-files';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { hasDatabaseKey, PASSPHRASE_ENV, PassphraseNeededError, shellDatabaseKey } from './database-key';
import { createLockedDispatch } from './locked-desk';
import { presetServerAddress } from '../../core/use-cases/session/server-address';
import { forwardDeskEvents, registerDispatcher } from './ipc';
import { showReminderNotifications } from './reminder-notifications';
import { withSaveExport } from './save-export';
import { installMenu, menuLanguage } from './menu';
import { denyAllPermissions } from './permissions';
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
import { log } from '../../core/log';

const APP_TITLE = 'Complaint Desk';

function start(): void {
  const isDefaultApp = process.defaultApp === true;
  const renderer = resolveRendererLocation(app.getAppPath(), process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const isOurs = (url: string): boolean => isAppUrl(renderer, url);
  let desk: Desk | null = null;
  let mainWindow: BrowserWindow | null = null;
  let services: DeskServices | null = null;

  /** Desk events reach the window's page from the moment both exist (the desk may open after an unlock). */
  const forwardEvents = (opened: Desk, window: BrowserWindow): void => {
    const stopForwarding = forwardDeskEvents(opened.events, window.webContents);
    const stopReminders = showReminderNotifications(opened, window, Notification);
    window.on('closed', () => (stopForwarding(), stopReminders()));
  };

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      preloadPath: join(app.getAppPath(), 'dist', 'electron', 'preload', 'index.cjs'),
      renderer,
      title: APP_TITLE,
    });
    if (desk) forwardEvents(desk, window);
    window.on('closed', () => {
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
      const window = mainWindow ?? openWindow();
      // The page hears of the call through a desk event, so it has to be listening first.
      if (window.webContents.isLoading()) await once(window.webContents, 'did-finish-load');
      if (event.kind === 'incoming') bringToFront(window);
      try {
        handleCallEvent(opened.ctx, event);
      } catch (error) {
        log('error', '[softphone] could not record the call', error);
      }
    });
  };

  app.enableSandbox();
  registerAppScheme(protocol);
  registerProtocolClient(app, isDefaultApp, process.argv);
  listenForSoftphoneInput(app, isDefaultApp, onSoftphoneInput);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
  app.on('will-quit', (event) => {
    const running = services;
    services = null;
    if (!running) {
      desk?.close();
      desk = null;
      return;
    }
    // Stop CTI, sync and reminders before the database closes, then quit for real.
    event.preventDefault();
    void running.stop().finally(() => {
      desk?.close();
      desk = null;
      app.quit();
    });
  });

  let stopAnswering: () => void = () => {};
  const isTrustedSender = createTrustedSenderCheck(() => mainWindow, isOurs);

  const openDeskWith = (dataDir: string, key: Buffer): void => {
    const opened = openDesk({
      dataDir,
      settings: new ElectronStore<Record<string, unknown>>({ name: 'settings', configFileMode: PRIVATE_FILE_MODE }),
      key,
    });
    desk = opened;
    const server = serverArgument(process.argv);
    if (server) presetServerAddress(opened.ctx, server);
    // The MicroSIP snippet in Settings names this very executable.
    opened.ctx.settings.set(APP_EXECUTABLE_KEY, process.execPath);
    services = startDeskServices(opened.ctx);
    stopAnswering();
    const saveDialog = (options: Parameters<typeof dialog.showSaveDialog>[0]) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options));
    stopAnswering = registerDispatcher(ipcMain, withSaveExport(opened.dispatch, opened.ctx, saveDialog), isTrustedSender);
    if (mainWindow) forwardEvents(opened, mainWindow);
  };

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    if (renderer.kind === 'app') serveAppProtocol(protocol, renderer.dir);
    const dataDir = app.getPath('userData');
    try {
      openDeskWith(dataDir, shellDatabaseKey(dataDir, safeStorage, process.env));
    } catch (error) {
      if (!(error instanceof PassphraseNeededError)) {
        log('error', '[main] the desk could not open its data', error);
        dialog.showErrorBox(APP_TITLE, `${APP_TITLE} could not open its data:\n${String(error)}`);
        app.exit(1);
        return;
      }
      // No keychain: the page asks the agent for the passphrase, and the desk opens once it unwraps the key.
      const unlock = (passphrase: string) => openDeskWith(dataDir, shellDatabaseKey(dataDir, safeStorage, { [PASSPHRASE_ENV]: passphrase }));
      stopAnswering = registerDispatcher(ipcMain, createLockedDispatch(!hasDatabaseKey(dataDir), unlock), isTrustedSender);
    }
    installMenu(menuLanguage(app.getLocale()), app.isPackaged);
    openWindow();
    const firstInput = softphoneCommandLine(process.argv, isDefaultApp);
    if (firstInput) onSoftphoneInput(...firstInput);
  });
}

// A second launch (a softphone opening a call URL) hands its command line to the running desk and exits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
