import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from '../../../server/db/data-dir-lock';
import { freshPgliteDir } from './support/pglite-template';
import { expectRunning, spawnServer, type SpawnedServer } from './support/spawn-server';

describe('the embedded server’s data directory lock', () => {
  let dataDir: string;
  let first: SpawnedServer | undefined;

  beforeAll(async () => {
    dataDir = await freshPgliteDir();
  });
  afterAll(async () => {
    await first?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a second server process on the same directory refuses to start, saying why', async () => {
    first = expectRunning(await spawnServer(['--port', '0', '--data', dataDir, '--demo-if-empty']));
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);
    expect(first.output()).toContain('A1001  王芳  (agent)');
    const login = await fetch(`${first.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ employeeNo: 'A1001', password: 'Demo@2026', clientId: randomUUID(), deviceName: 'desk' }),
    });
    expect(login.status).toBe(200);

    const second = await spawnServer(['--port', '0', '--data', dataDir]);
    expect('url' in second).toBe(false);
    if ('url' in second) return;
    expect(second.code).toBe(3);
    // (tsx runs the server in a child process, so the pid named is not first.child.pid)
    expect(second.output).toMatch(/another Complaint Desk server \(pid \d+\) is already using the data directory/);
    expect(second.output).toContain(dataDir);
    expect((await fetch(`${first.url}/api/v1/health`)).status).toBe(200);

    await first.stop();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('takes over a lock left by a process that died', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']);
    writeFileSync(join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: dead.pid, host: hostname() }));
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });
});
