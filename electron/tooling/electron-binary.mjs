import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the Electron binary is, or why there is none. Found the way the electron package itself finds it
 * (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) but without `require('electron')`: that starts a download
 * of a missing binary, which is a network call and a long wait where the network is slow or closed.
 *
 * @param {{ packageDir?: string | null, env?: Record<string, string | undefined> }} [options]
 * @returns {{ available: true, path: string } | { available: false, reason: string }}
 */
export function findElectronBinary({ packageDir = electronPackageDir(), env = process.env } = {}) {
  if (!packageDir) return { available: false, reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const overrideDir = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = overrideDir
    ? join(overrideDir, executable || 'electron')
    : executable && join(packageDir, 'dist', executable);
  if (!binary) return { available: false, reason: 'the Electron binary was never downloaded' };
  return existsSync(binary) ? { available: true, path: binary } : { available: false, reason: `${binary} does not exist` };
}

function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}
