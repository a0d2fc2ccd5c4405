// Makes sure what the tests need beyond npm is on this machine: Debian's Chromium, the Noto CJK font
// (letters embed its .ttc) and poppler-utils (tests read generated PDFs back with pdftotext).
// Installs them with apt-get when running as root; otherwise says exactly what to install.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'ignore' }).status === 0;
const hasCjkFont = () => has('fc-list :lang=zh | grep -q .') && existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
if (!has('command -v pdftotext')) missing.push('poppler-utils');

if (missing.length === 0) {
  console.log('[setup] Chromium, the CJK font and poppler-utils are installed.');
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('command -v apt-get')) {
  console.error(`[setup] Missing: ${missing.join(', ')}. Install them (Debian: sudo apt-get install -y ${missing.join(' ')}), or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log(`[setup] Installing ${missing.join(', ')} with apt-get …`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
