// `npm start`: the desktop app when Electron can run here, otherwise the same UI in the browser.
import { spawn, spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../electron/tooling/electron-binary.mjs';
import { demoAccountsText, EMBEDDED_SERVER_PORT, startEmbeddedServerOrExit } from './embedded-server.mjs';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const onWindows = process.platform === 'win32';
const npm = onWindows ? 'npm.cmd' : 'npm';

function runScript(script) {
  // Since Node's fix for CVE-2024-27980, a .cmd file only runs through a shell.
  const result = spawnSync(npm, ['run', script], { cwd: projectDir, stdio: 'inherit', shell: onWindows });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function runUntilExit(command, args, shell, afterExit = () => Promise.resolve()) {
  const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', shell });
  // Ctrl+C already reaches the child through the terminal; stay alive to report how it ended.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => void afterExit().then(() => process.exit(code ?? (signal ? 1 : 0))));
}

const electron = findElectronBinary();
if (electron.available) {
  runScript('build:renderer');
  runScript('build:electron');
  // The embedded company server beside the desk (a process of its own), stopped when the desk quits.
  const server = await startEmbeddedServerOrExit({ dataDir: join(homedir(), '.complaint-desk', 'server'), port: EMBEDDED_SERVER_PORT, quiet: true });
  console.log(demoAccountsText(server.url));
  runUntilExit(electron.path, [projectDir, `--server=${server.url}`], false, () => server.stop());
} else {
  console.log(
    'Electron binary not available on this machine (it could not be downloaded). ' +
      'Starting Complaint Desk in browser mode instead.',
  );
  runUntilExit(npm, ['run', 'web'], onWindows);
}
