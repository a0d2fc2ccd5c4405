import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SpeechReadiness } from './speech-engine';

/** The engine package, installed only where speech is wanted (it is not a dependency of the product). */
export const SHERPA_PACKAGE = 'sherpa-onnx-node';

/** A streaming transducer model (e.g. a Chinese streaming Zipformer): the files its folder must hold. */
export const SHERPA_MODEL_FILES = ['encoder.onnx', 'decoder.onnx', 'joiner.onnx', 'tokens.txt'];

function packageInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve(SHERPA_PACKAGE);
    return true;
  } catch {
    return false;
  }
}

/** What the sherpa engine still lacks: a model folder set, the folder itself, its files, the package. */
export function sherpaReadiness(modelFolder: string | null): SpeechReadiness {
  const base = { engine: 'sherpa' as const, modelFolder, expectedFiles: SHERPA_MODEL_FILES };
  const missing: SpeechReadiness['missing'] = [];
  let missingFiles: string[] = [];
  if (!modelFolder) missing.push('modelFolderNotSet');
  else if (!existsSync(modelFolder)) missing.push('modelFolderNotFound');
  else {
    missingFiles = SHERPA_MODEL_FILES.filter((file) => !existsSync(join(modelFolder, file)));
    if (missingFiles.length > 0) missing.push('modelFiles');
  }
  if (!packageInstalled()) missing.push('enginePackage');
  // The recogniser needs the call's audio as PCM frames; the desk has no capture of it yet.
  missing.push('audioSource');
  return { ...base, ready: missing.length === 0, missing, missingFiles };
}
