import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningHost {
  url: string;
  /** Where a simulated softphone posts (the host prints it), or null if the endpoint could not start. */
  ctiUrl: string | null;
  dataDir: string;
  process: ChildProcess;
  /** Ends the host as a crash would (SIGKILL) or politely (SIGTERM). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** Where globalSetup's company server listens (set before the tests run). */
export const E2E_SERVER_ENV = 'COMPLAINT_DESK_E2E_SERVER';

export interface HostOptions {
  /** The company server the host is pointed at (--server); null: none, as on a first run. Default: the run's shared server. */
  server?: string | null;
  port?: number;
  ctiPort?: number;
}

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'complaint-desk-e2e-'));
}

/**
 * Starts `web/main.ts --port 0 --cti-port 0 --data DIR --server URL` as `npm run web --` would, waits until it says
 * it runs, and reads the addresses (with their tokens) from the address file it wrote.
 * `options` may fix the page's port (a bookmark needs the same origin after a restart) or the CTI port; by default
 * both take a free port, so hosts of parallel runs never fight over the default one.
 */
export async function startHost(dataDir: string, env: Record<string, string> = {}, options: HostOptions = {}): Promise<RunningHost> {
  const server = options.server === undefined ? process.env[E2E_SERVER_ENV] : options.server;
  const serverArgs = server ? ['--server', server] : [];
  const args = ['--port', String(options.port ?? 0), '--cti-port', String(options.ctiPort ?? 0), '--data', dataDir, ...serverArgs];
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/main.ts', ...args], {
    cwd: ROOT,
    // Desks on the run's shared server do not sync: each spec sees only its own complaints. Sync specs bring their own server.
    env: { ...process.env, ...(options.server === undefined ? { COMPLAINT_DESK_SYNC: 'off' } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((started, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/running at http:\/\/\S+/.test(output)) {
        clearTimeout(timer);
        started();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  // The console shows the tokens masked; the full addresses are in the host's owner-only address file.
  const addresses = JSON.parse(readFileSync(join(dataDir, 'browser-address.json'), 'utf8')) as { openUrl: string; ctiUrl: string | null };
  return {
    url: addresses.openUrl,
    ctiUrl: addresses.ctiUrl,
    dataDir,
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}
