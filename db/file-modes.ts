import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Only the agent's own OS account may read the desk's files, whatever the umask. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Creates the directory if needed and makes it private (an existing one is tightened too). */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Makes an existing file private; creates an empty private one when `create` is set and it is missing. */
export function ensurePrivateFile(path: string, create = false): void {
  if (!existsSync(path)) {
    if (!create) return;
    closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  }
  chmodSync(path, PRIVATE_FILE_MODE);
}

/** SQLite gives -wal, -shm and -journal the database file's mode; files from before this rule are tightened here. */
export function ensurePrivateDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) ensurePrivateFile(`${path}${suffix}`);
}

/** The data directory private and every file directly in it owner-only (files made before this rule included). */
export function tightenDataDir(dir: string): void {
  ensurePrivateDir(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) chmodSync(join(dir, entry.name), PRIVATE_FILE_MODE);
  }
}
