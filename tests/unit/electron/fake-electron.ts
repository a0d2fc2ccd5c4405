import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

/**
 * Just enough of the `electron` module for the shell's code to run under Node:
 * every fake records what it was asked so a test can assert on it.
 * Use with `vi.mock('electron', () => import('./fake-electron'))`.
 */

let nextFrameId = 1;

export class FakeWebFrame {
  readonly frameTreeNodeId = nextFrameId++;
  constructor(
    public url: string,
    readonly parent: FakeWebFrame | null = null,
  ) {}
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeWebFrame('about:blank');
  readonly sent: unknown[][] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  loading = true;
  destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  isLoading(): boolean {
    return this.loading;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** What the page would see: the URL is set and did-finish-load fires. */
  finishLoad(url: string): void {
    this.mainFrame.url = url;
    this.loading = false;
    this.emit('did-finish-load');
  }
  /** Emits will-navigate the way Electron does and says whether the navigation was prevented. */
  navigate(url: string): boolean {
    return this.emitNavigation('will-navigate', url);
  }
  /** will-redirect (a server redirect during a navigation); says whether it was prevented. */
  redirect(url: string): boolean {
    return this.emitNavigation('will-redirect', url);
  }
  /** will-frame-navigate (any frame, the main one included); says whether it was prevented. */
  frameNavigate(url: string, isMainFrame = false): boolean {
    return this.emitNavigation('will-frame-navigate', url, { isMainFrame });
  }
  private emitNavigation(name: string, url: string, extra: Record<string, unknown> = {}): boolean {
    let prevented = false;
    this.emit(name, { url, ...extra, preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: { file: string } | { url: string } | null = null;
  minimized = false;
  destroyed = false;
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => void (this.minimized = false));

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
  loadFile(file: string): Promise<void> {
    this.loaded = { file };
    this.webContents.finishLoad(pathToFileURL(file).href);
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    this.webContents.finishLoad(url);
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}
export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null }));
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly getPath = vi.fn((name: string) => `/fake/${name}`);
  readonly getAppPath = vi.fn(() => '/fake/app');
  readonly getLocale = vi.fn(() => 'zh-CN');
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setAsDefaultProtocolClient = vi.fn(() => true);
}
export const app = new FakeApp();

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const dialog = { showErrorBox: vi.fn() };
export const protocol = { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() };

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

/** A keychain that "encrypts" by reversing the bytes: enough to tell wrapped from plain. */
type StorageBackend = 'unknown' | 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6';
export const safeStorage = {
  backend: 'gnome_libsecret' as StorageBackend,
  available: true,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  encryptString: vi.fn((text: string) => Buffer.from(text, 'utf8').reverse()),
  decryptString: vi.fn((data: Buffer) => Buffer.from(data).reverse().toString('utf8')),
};

/** Back to a freshly started process: no windows, handlers, listeners or recorded calls. */
export function resetFakeElectron(): void {
  BrowserWindow.created.length = 0;
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  contextBridge.exposed.clear();
  app.removeAllListeners();
  app.isPackaged = false;
  session.defaultSession = new FakeSession();
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.available = true;
  vi.clearAllMocks();
}
