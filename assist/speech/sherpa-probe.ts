import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { SHERPA_PACKAGE, type OnlineRecognizerConfig } from './sherpa-engine';

/** How long loading a model may take in the probe (a large model on a slow disk: seconds). */
const PROBE_TIMEOUT_MS = 60_000;

/**
 * Loads the model once in a separate Node process before the desk loads it: sherpa-onnx aborts the whole process
 * (onnxruntime's uncaught C++ exception, SIGABRT) on a file that is not a model, instead of throwing — so a broken
 * folder must fail there, not take the desk down. Resolves when the model loads; rejects with the recogniser's reason.
 */
export function probeSherpaModel(config: OnlineRecognizerConfig): Promise<void> {
  const packagePath = createRequire(import.meta.url).resolve(SHERPA_PACKAGE);
  const script = 'const s = require(process.argv[1]); new s.OnlineRecognizer(JSON.parse(process.argv[2]));';
  return new Promise((resolve, reject) => {
    // In Electron the desk's own binary runs as plain Node for this.
    const child = spawn(process.execPath, ['-e', script, packagePath, JSON.stringify(config)], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: PROBE_TIMEOUT_MS,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      // The most telling line: onnxruntime's "Load model from … failed: …", or sherpa's "… does not exist".
      const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
      const reason = lines.find((l) => /failed|does not exist|error/i.test(l)) ?? lines.at(-1) ?? (signal ? `stopped by ${signal}` : `exit code ${code}`);
      reject(new Error(reason.replace(/^what\(\):\s*/, '')));
    });
  });
}
