import Conf from 'conf';
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCtiListener } from '../core/cti/cti-listener';
import { openDesk } from '../core/desk';
import { busLoggingIndexProgress } from '../core/search-index-progress';
import { clockFromEnv } from './clock';
import { startWebHost } from './host';

/** npm run web [-- --port N --data DIR]: browser mode on 127.0.0.1. With --port it does not open a browser. */
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    data: { type: 'string' },
    open: { type: 'boolean' },
    'cti-port': { type: 'string' },
  },
});

const dataDir = resolve(values.data ?? process.env.COMPLAINT_DESK_DATA ?? join(homedir(), '.complaint-desk'));
const port = values.port === undefined ? 5317 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[web] --port must be a number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

const ctiPort = values['cti-port'] === undefined ? undefined : Number(values['cti-port']);
if (ctiPort !== undefined && (!Number.isInteger(ctiPort) || ctiPort < 0 || ctiPort > 65535)) {
  console.error(`[web] --cti-port must be a number from 0 to 65535, got "${values['cti-port']}"`);
  process.exit(2);
}

const desk = openDesk({
  dataDir,
  events: busLoggingIndexProgress('[web]'),
  clock: clockFromEnv(process.env),
  settings: new Conf({ cwd: dataDir, configName: 'settings', projectName: 'complaint-desk' }),
});
const host = await startWebHost({ desk, rendererDir: resolve('dist/renderer'), port });
console.log(`[web] Complaint Desk data: ${dataDir}`);
// Softphones post their call events here; a port already taken only disables screen-pop.
const cti = await startCtiListener(desk.ctx, undefined, ctiPort);
const ctiEndpoint = cti.current();
if (ctiEndpoint) console.log(`[web] CTI endpoint: ${ctiEndpoint.url}`);
console.log(`[web] Complaint Desk is running at ${host.openUrl}`);

const shouldOpen = values.open ?? values.port === undefined;
if (shouldOpen) openInBrowser(host.openUrl);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await cti.stop();
  await host.close();
  desk.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

function openInBrowser(url: string) {
  const command = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('[web] Open the address above in your browser.'));
  child.unref();
}
