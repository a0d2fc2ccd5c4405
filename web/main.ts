import Conf from 'conf';
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCtiSettings } from '../core/cti/cti-settings';
import { busLoggingIndexProgress } from '../core/search-index-progress';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../core/security/private-files';
import { writeAddressFile } from './address-file';
import { clockFromEnv, reminderIntervalFromEnv } from './clock';
import { browserModeDatabaseKey } from './database-key';
import { maskTokensInUrl } from './mask-token';
import { persistentSessionToken } from './session-token';
import { startupFailure } from './startup-failure';
import { startWebDesk } from './web-desk';

/** npm run web [-- --port N --data DIR]: browser mode on 127.0.0.1. With --port it does not open a browser. */
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    data: { type: 'string' },
    open: { type: 'boolean' },
    'cti-port': { type: 'string' },
    'new-token': { type: 'boolean' },
    renderer: { type: 'string' },
    server: { type: 'string' },
  },
});

function portOption(name: string, raw: string | undefined, fallback: number | undefined): number | undefined {
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`[web] --${name} must be a number from 0 to 65535, got "${raw}"`);
    process.exit(2);
  }
  return port;
}

const dataDir = resolve(values.data ?? process.env.COMPLAINT_DESK_DATA ?? join(homedir(), '.complaint-desk'));
const port = portOption('port', values.port, 5317)!;
const ctiPort = portOption('cti-port', values['cti-port'], undefined);

const idleLockSeconds = process.env.COMPLAINT_DESK_IDLE_LOCK_SECONDS;
if (idleLockSeconds !== undefined && !(Number(idleLockSeconds) > 0)) {
  console.error(`[web] COMPLAINT_DESK_IDLE_LOCK_SECONDS must be a positive number of seconds, got "${idleLockSeconds}"`);
  process.exit(2);
}

try {
  ensurePrivateDir(dataDir);
  const settings = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'complaint-desk', configFileMode: PRIVATE_FILE_MODE });
  const token = persistentSessionToken(settings, values['new-token'] ?? false);
  const web = await startWebDesk({
    desk: { dataDir, events: busLoggingIndexProgress('[web]'), clock: clockFromEnv(process.env), settings, key: browserModeDatabaseKey(dataDir, process.env) },
    services: {
      // Syncs with the company server whenever one is set and someone is signed in online.
      // COMPLAINT_DESK_SYNC=off keeps a desk from syncing (end-to-end tests whose desks share one server but not their complaints).
      sync: process.env.COMPLAINT_DESK_SYNC !== 'off',
      // Softphones post their call events here; a port already taken only disables screen-pop.
      ctiPort,
      reminderIntervalMs: reminderIntervalFromEnv(process.env),
      ...(idleLockSeconds === undefined ? {} : { idleLockTimeoutMs: Number(idleLockSeconds) * 1000 }),
    },
    host: { rendererDir: resolve(values.renderer ?? 'dist/renderer'), port, token },
    ...(values.server === undefined ? {} : { server: values.server }),
  });
  const { host, cti, desk } = web;
  if (web.serverAddress !== null) console.log(`[web] Company server: ${web.serverAddress}`);
  console.log(`[web] Complaint Desk data: ${dataDir}`);
  const ctiEndpoint = cti.current();
  const tokens = [token, ...(ctiEndpoint ? [ctiEndpoint.url.split('/').at(-1)!] : [])];
  const addressFile = writeAddressFile(dataDir, { url: host.url, openUrl: host.openUrl, ctiUrl: ctiEndpoint?.url ?? null });
  if (ctiEndpoint) console.log(`[web] CTI endpoint: ${maskTokensInUrl(ctiEndpoint.url, tokens)}`);
  else console.log(`[web] CTI endpoint: down, port ${readCtiSettings(desk.ctx).downPort} is held by another program; choose another in Settings → softphone`);
  console.log(`[web] Complaint Desk is running at ${host.url}/`);
  console.log(`[web] Open it with its token (${maskTokensInUrl(host.openUrl, tokens)}): the full address is in ${addressFile}`);

  const shouldOpen = values.open ?? values.port === undefined;
  if (shouldOpen) openInBrowser(host.openUrl);

  const shutdown = async () => {
    await web.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(startupFailure(error, { port }));
  process.exit(1);
}

function openInBrowser(url: string) {
  const command = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('[web] Open the address in the file named above in your browser.'));
  child.unref();
}
