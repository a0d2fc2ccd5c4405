// npm run security:electron: Doyensec's Electronegativity over the Electron shell's source. Every finding
// must be justified in electronegativity.config.json, and every justification must still match a finding.
// Run through npx (a pinned version, cached outside node_modules): its own dependency tree pins
// TypeScript 4.2 and ESLint 7, which must not land in the project's node_modules.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(root, 'electronegativity.config.json'), 'utf8'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** One scan; null when its CSV came out torn (its rows are appended asynchronously and were once seen interleaved mid-line). */
function scan() {
  const out = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const csv = join(out, 'findings.csv');
  const args = [
    '--yes', `@doyensec/electronegativity@${config.version}`,
    '-i', join(root, 'electron'),
    '-e', config.electronVersion,
    '-x', Object.keys(config.excludedChecks).join(','),
    '-r', '-o', csv,
  ];
  const run = spawnSync(npx, args, { cwd: out, encoding: 'utf8', shell: process.platform === 'win32' });
  if (run.status !== 0) {
    console.error(`[electronegativity] the scan could not run (exit ${run.status}):\n${run.stderr || run.stdout}`);
    rmSync(out, { recursive: true, force: true });
    process.exit(2);
  }
  // issue, severity, confidence, filename, location, sample, description, url — the first fields are never quoted commas.
  const lines = readFileSync(csv, 'utf8').trim().split('\n').slice(1).filter(Boolean);
  rmSync(out, { recursive: true, force: true });
  const findings = lines.map((line) => {
    const [check, , , file, location] = line.split(',').map((field) => field.replace(/^"|"$/g, ''));
    return { check, file, location };
  });
  const whole = lines.every((line) => line.includes('https://github.com/doyensec/electronegativity/wiki/'));
  return whole && findings.every((f) => /^[A-Z_]+_CHECK$/.test(f.check) && f.file !== undefined && f.location !== undefined) ? findings : null;
}

let findings = null;
for (let attempt = 1; attempt <= 3 && !findings; attempt++) {
  findings = scan();
  if (!findings) console.error(`[electronegativity] scan ${attempt} wrote a torn CSV; scanning again`);
}
if (!findings) {
  console.error('[electronegativity] three scans in a row wrote torn CSVs');
  process.exit(2);
}

const justified = (f) => config.exceptions.some((e) => e.check === f.check && e.file === f.file);
const unjustified = findings.filter((f) => !justified(f));
const stale = config.exceptions.filter((e) => !findings.some((f) => f.check === e.check && f.file === e.file));

for (const f of unjustified) console.error(`[electronegativity] ${f.check} in electron/${f.file}:${f.location} — fix it, or justify it in electronegativity.config.json`);
for (const e of stale) console.error(`[electronegativity] the exception for ${e.check} in ${e.file} matches no finding any more: remove it`);
if (unjustified.length > 0 || stale.length > 0) process.exit(1);
console.log(`[electronegativity] ${findings.length} finding(s), each justified in electronegativity.config.json; 0 unjustified`);
