// The embedded company server as its own process (the desk never imports server/): seeded with the
// demo organisation when its data directory is new, on a free port unless one is given.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = ['--import', 'tsx', 'server/main.ts'];

export const DEMO_PASSWORD = 'Demo@2026';
/** `npm start` / `npm run web`: a fixed port, so the address a desk keeps stays the same from run to run. */
export const EMBEDDED_SERVER_PORT = 8470;
export const DEMO_ACCOUNTS = [
  { employeeNo: 'A1001', name: '王芳', role: 'agent' },
  { employeeNo: 'B2002', name: '赵敏', role: 'agent' },
  { employeeNo: 'L2001', name: '李强', role: 'lead' },
  { employeeNo: 'M3001', name: '陈静', role: 'admin' },
];

/** Starts `server/main.ts --port N --data DIR --demo-if-empty`; resolves once it prints where it listens. */
export async function startEmbeddedServer({ dataDir, port = 0, env = {}, quiet = false }) {
  const child = spawn(process.execPath, [...tsx, '--port', String(port), '--data', dataDir, '--demo-if-empty'], {
    cwd: projectDir,
    env: { LOG_LEVEL: 'warn', ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`[server] did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk.toString();
      if (!quiet) process.stdout.write(chunk);
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`[server] exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    seeded: /demo organisation/i.test(output),
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}

/** For the one-command starts: the server, or a clear message and exit (a port in use, a data directory locked by another server). */
export async function startEmbeddedServerOrExit(options) {
  try {
    return await startEmbeddedServer(options);
  } catch (error) {
    console.error(`[start] The embedded company server did not start (port ${options.port}, data ${options.dataDir}):`);
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/** What `npm start` / `npm run web` print: where to sign in, and with which demo accounts. */
export function demoAccountsText(serverUrl) {
  const lines = DEMO_ACCOUNTS.map((a) => `    ${a.employeeNo}  ${a.name}  (${a.role})`);
  return [`[start] Company server (embedded, PGlite): ${serverUrl}`, `[start] Sign in with a demo account (password ${DEMO_PASSWORD}):`, ...lines].join('\n');
}
