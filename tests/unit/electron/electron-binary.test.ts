import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../electron/tooling/electron-binary.mjs';
import { makeTempDir } from '../../support/temp-dir';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function fakeElectronPackage(executable: string | null): string {
  const { dir, cleanup } = makeTempDir('electron-package-');
  cleanups.push(cleanup);
  if (executable !== null) {
    writeFileSync(join(dir, 'path.txt'), executable);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', executable), '');
  }
  return dir;
}

describe('findElectronBinary (npm start’s choice between Electron and browser mode)', () => {
  it('reports the binary unavailable on this machine, without trying to download it', () => {
    const found = findElectronBinary({ env: {} });
    expect(found.available).toBe(false);
  });

  it('reports a package whose binary was never downloaded as unavailable', () => {
    expect(findElectronBinary({ packageDir: fakeElectronPackage(null), env: {} })).toEqual({
      available: false,
      reason: 'the Electron binary was never downloaded',
    });
  });

  it('reports no package as unavailable', () => {
    expect(findElectronBinary({ packageDir: null, env: {} }).available).toBe(false);
  });

  it('finds a downloaded binary', () => {
    const dir = fakeElectronPackage('electron');
    expect(findElectronBinary({ packageDir: dir, env: {} })).toEqual({ available: true, path: join(dir, 'dist', 'electron') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const dir = fakeElectronPackage('electron');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') };
    expect(findElectronBinary({ packageDir: fakeElectronPackage(null), env })).toEqual({ available: true, path: join(dir, 'dist', 'electron') });
  });
});
