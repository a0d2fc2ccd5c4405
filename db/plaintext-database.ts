import BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, copyFileSync, fsyncSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PLAINTEXT_HEADER, rawKeyPragma, type DatabaseKey } from './database-key';
import { ensurePrivateFile, PRIVATE_FILE_MODE } from './file-modes';

/** Whether the file is an unencrypted SQLite database (false for a missing, empty or encrypted file). */
export function isPlaintextDatabase(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < PLAINTEXT_HEADER.length) return false;
  const header = Buffer.alloc(PLAINTEXT_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === PLAINTEXT_HEADER;
}

/** The temporary file an interrupted encryption leaves behind; it is never the database, so it is safe to remove. */
export const encryptingPath = (path: string) => `${path}.encrypting`;

/** Applies hooks between the steps (tests kill the process there). */
export interface EncryptSteps {
  afterCopy?: () => void;
  beforeRename?: () => void;
  /** Leave no encrypted backup (for encrypting old backups themselves). */
  withoutBackup?: boolean;
}

/**
 * Turns a plaintext database into an encrypted one in place, once, so that a kill at any moment
 * leaves either the old plaintext file or the new encrypted one, never a mix:
 * 1. checkpoint and copy the plaintext database (VACUUM INTO a fresh private file),
 * 2. encrypt the copy (PRAGMA rekey, which SQLite3MC refuses in WAL mode: the copy is in DELETE mode),
 * 3. keep an encrypted backup of it beside the database,
 * 4. close the plaintext database so its WAL is folded in and removed, then rename the copy over it.
 * Returns the backup's path (null without one).
 */
export function encryptPlaintextDatabase(path: string, key: DatabaseKey, steps: EncryptSteps = {}): string | null {
  const temp = encryptingPath(path);
  rmSync(temp, { force: true });
  rmSync(`${temp}-journal`, { force: true });
  ensurePrivateFile(temp, true);

  const plain = new BetterSqlite3(path);
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.prepare('VACUUM INTO ?').run(temp);
  } finally {
    plain.close();
  }
  steps.afterCopy?.();

  const copy = new BetterSqlite3(temp);
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`rekey = ${rawKeyPragma(key)}`);
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`[db] the encrypted copy of ${path} failed its integrity check (${String(check)}); the plaintext file was kept`);
  } finally {
    copy.close();
  }
  syncFile(temp);

  const backup = steps.withoutBackup ? null : `${path}.plaintext-${stamp()}.bak`;
  if (backup) {
    copyFileSync(temp, backup);
    ensurePrivateFile(backup);
    syncFile(backup);
  }

  // A plaintext WAL left beside the encrypted file would be replayed into it: only a clean close removes it.
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) {
    throw new Error(`[db] ${path}-wal still holds changes (is another program using the database?); nothing was encrypted`);
  }
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  steps.beforeRename?.();
  renameSync(temp, path);
  syncDir(dirname(path));
  return backup;
}

function stamp(): string {
  return new Date().toISOString().replaceAll(':', '').replace(/\.\d+Z$/, 'Z');
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+', PRIVATE_FILE_MODE);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The rename is only durable once the directory entry is on disk (POSIX; Windows cannot open directories). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Copies taken before schema migrations (desk.sqlite.v3-….bak) hold the same personal data: encrypt those left in plaintext. */
export function encryptPlaintextBackups(path: string, key: DatabaseKey): string[] {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  const encrypted: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!name.startsWith(prefix) || !name.endsWith('.bak') || !isPlaintextDatabase(file)) continue;
    encryptPlaintextDatabase(file, key, { withoutBackup: true });
    encrypted.push(file);
  }
  return encrypted;
}
