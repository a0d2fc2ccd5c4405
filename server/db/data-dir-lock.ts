import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'server.lock';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `another Complaint Desk server (pid ${pid}) is already using the data directory ${dataDir}; ` +
        'stop it first, or start this one with a different --data directory',
    );
    this.name = 'DataDirLockedError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockOwner {
  pid: number;
  host: string;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? { pid: owner.pid, host: String(owner.host ?? '') } : null;
  } catch {
    return null;
  }
}

/**
 * PGlite does not lock its directory, and two processes on one directory silently lose writes.
 * The lock is a file created exclusively (`wx`) holding our pid; one left by a process that has
 * died (same host, pid gone) is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE_NAME);
  const me: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(me), { flag: 'wx' });
      return () => {
        if (readOwner(path)?.pid === me.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      // An unreadable lock may be one another process is writing this very moment: stale only once old.
      const stale = owner === null ? Date.now() - statSync(path).mtimeMs > 5_000 : owner.host === me.host && !isRunning(owner.pid);
      if (!stale) throw new DataDirLockedError(dataDir, owner?.pid ?? -1);
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, readOwner(path)?.pid ?? -1);
}
