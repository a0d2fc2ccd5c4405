// `npm run web [-- --port N --data DIR --server URL]`: the web host; without --server it first starts
// the embedded company server (its data in DIR/server, demo organisation when new) and stops it after.
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { demoAccountsText, EMBEDDED_SERVER_PORT, startEmbeddedServerOrExit } from './embedded-server.mjs';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const { values } = parseArgs({ args, strict: false, options: { data: { type: 'string' }, server: { type: 'string' }, 'server-port': { type: 'string' } } });

let server = null;
const hostArgs = args.filter((arg, i) => arg !== '--server-port' && args[i - 1] !== '--server-port' && !arg.startsWith('--server-port='));
if (values.server === undefined) {
  const dataDir = resolve(values.data ?? process.env.COMPLAINT_DESK_DATA ?? join(homedir(), '.complaint-desk'));
  server = await startEmbeddedServerOrExit({ dataDir: join(dataDir, 'server'), port: Number(values['server-port'] ?? EMBEDDED_SERVER_PORT), quiet: true });
  console.log(demoAccountsText(server.url));
  hostArgs.push('--server', server.url);
}

const host = spawn(process.execPath, ['--import', 'tsx', 'web/main.ts', ...hostArgs], { cwd: projectDir, stdio: 'inherit' });
const stopServer = () => server?.stop() ?? Promise.resolve();
// Ctrl+C reaches both children through the terminal; stay alive until the web host has stopped.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => host.kill('SIGTERM'));
host.on('exit', (code, signal) => {
  void stopServer().then(() => process.exit(code ?? (signal ? 1 : 0)));
});
