import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrCreateDatabaseKey } from '../../../core/security/database-key-store';
import { expectDeskPolicy } from '../../support/content-security-policy';
import { makeTempDir } from '../../support/temp-dir';
import { protocol, resetFakeElectron, safeStorage, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { appResponse, registerAppScheme, resolveAppFile, serveAppProtocol } = await import('../../../electron/main/app-protocol');
const { denyAllPermissions } = await import('../../../electron/main/permissions');
const { isAllowedExternalUrl } = await import('../../../electron/main/external-links');
const { PassphraseNeededError, shellDatabaseKey, shellKeyProtector } = await import('../../../electron/main/database-key');

let cleanup = () => {};
beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => cleanup());

function rendererDir(): string {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const dir = join(temp.dir, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(dir, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'pdf.worker.min-x.mjs'), 'export {}');
  writeFileSync(join(temp.dir, 'secret.txt'), 'not for the page');
  return dir;
}

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme before the app is ready, and handled by one function', () => {
    registerAppScheme(protocol as never);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    serveAppProtocol(protocol as never, '/opt/desk/dist/renderer');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves the renderer with the CSP and the other security headers as response headers', async () => {
    const dir = rendererDir();
    const page = await appResponse(dir, 'app://desk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'.*frame-ancestors 'none'/);
    expectDeskPolicy(page.headers.get('content-security-policy'));
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await (await appResponse(dir, 'app://desk/assets/index.js')).text()).toBe('console.log(1)');
    // pdf.js's worker is an .mjs file: under nosniff it only runs if served as JavaScript.
    const worker = await appResponse(dir, 'app://desk/assets/pdf.worker.min-x.mjs');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the renderer folder or under another host', async () => {
    const dir = rendererDir();
    for (const url of ['app://desk/../secret.txt', 'app://desk/%2e%2e/secret.txt', 'app://desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt', 'app://other/index.html', 'app://desk/missing.js', 'app://desk/%00']) {
      const response = await appResponse(dir, url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBeTruthy();
    }
    expect(resolveAppFile(dir, 'app://desk/')).toBe(join(dir, 'index.html'));
  });
});

describe('permissions', () => {
  it('refuses every request and every check a page makes', () => {
    denyAllPermissions(session.defaultSession as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.defaultSession.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.defaultSession.permissionCheckHandler?.({}, 'media')).toBe(false);
  });
});

describe('shell.openExternal', () => {
  it('is only for the allow-listed https origins', () => {
    expect(isAllowedExternalUrl('https://www.nfra.gov.cn/x')).toBe(true);
    for (const url of ['http://www.nfra.gov.cn/', 'https://user@www.nfra.gov.cn/', 'https://www.nfra.gov.cn:8443/', 'https://evil.example/', 'file:///C:/Windows/System32/calc.exe', 'ms-msdt:/id', 'not a url']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('the database key in the shell', () => {
  it('is wrapped by safeStorage with the backend remembered', () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const key = shellDatabaseKey(temp.dir, safeStorage, {}, 'linux');
    expect(safeStorage.encryptString).toHaveBeenCalledTimes(1);
    expect(shellDatabaseKey(temp.dir, safeStorage, {}, 'linux')).toEqual(key);
    safeStorage.backend = 'kwallet5';
    expect(() => shellDatabaseKey(temp.dir, safeStorage, {}, 'linux')).toThrow(/"safeStorage:gnome_libsecret".*"safeStorage:kwallet5"/);
  });

  it("on Linux's basic_text backend needs a passphrase, and wraps the key with it", () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    safeStorage.backend = 'basic_text';
    expect(() => shellKeyProtector(safeStorage, 'linux', undefined)).toThrow(PassphraseNeededError);
    const env: NodeJS.ProcessEnv = { COMPLAINT_DESK_PASSPHRASE: 'correct horse battery' };
    const key = shellDatabaseKey(temp.dir, safeStorage, env, 'linux');
    expect(env.COMPLAINT_DESK_PASSPHRASE).toBeUndefined();
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect(loadOrCreateDatabaseKey(temp.dir, 'desk.sqlite', shellKeyProtector(safeStorage, 'linux', 'correct horse battery')).key).toEqual(key);
  });
});

describe('the locked desk (no keychain)', () => {
  it('says so for every call, and names a wrong passphrase without opening anything', async () => {
    const { createLockedDispatch } = await import('../../../electron/main/locked-desk');
    const { WrongPassphraseError } = await import('../../../core/security/passphrase-protector');
    const unlock = vi.fn(() => {
      throw new WrongPassphraseError();
    });
    const dispatch = createLockedDispatch(false, unlock);
    expect(await dispatch('complaints.listMine', {})).toMatchObject({ ok: false, error: { messageKey: 'unlock.needed', params: { firstRun: 0 } } });
    expect(await dispatch('desk.unlock', { passphrase: 'wrong horse battery' })).toEqual({ ok: false, error: { code: 'unauthenticated', messageKey: 'unlock.wrong' } });
    expect(await dispatch('desk.unlock', { passphrase: 'x', extra: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(unlock).toHaveBeenCalledTimes(1);
  });
});
