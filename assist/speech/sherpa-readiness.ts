import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SHERPA_PACKAGE } from './sherpa-engine';
import { SHERPA_MODEL_FILES, findModelFiles, type SherpaModelFiles } from './sherpa-model-files';
import type { SpeechReadiness } from './speech-engine';

/** Whether the optional package (and so its prebuilt native library) is installed on this desk. */
export function sherpaPackageInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve(SHERPA_PACKAGE);
    return true;
  } catch {
    return false;
  }
}

/** What the sherpa engine still lacks, and the model's files when the folder is complete. */
export interface SherpaReadiness extends SpeechReadiness {
  files: SherpaModelFiles | null;
}

/**
 * What the sherpa engine still lacks: a model folder set, the folder itself, its files, the package, and audio — the
 * desk cannot take the call's audio yet, so only a recording (`audioFile`) can feed it.
 */
export function sherpaReadiness(
  modelFolder: string | null,
  audioFile: string | null = null,
  packageInstalled: () => boolean = sherpaPackageInstalled,
): SherpaReadiness {
  const missing: SpeechReadiness['missing'] = [];
  let missingFiles: string[] = [];
  let files: SherpaModelFiles | null = null;
  if (!modelFolder) missing.push('modelFolderNotSet');
  else if (!existsSync(modelFolder)) missing.push('modelFolderNotFound');
  else {
    ({ files, missing: missingFiles } = findModelFiles(modelFolder));
    if (!files) missing.push('modelFiles');
  }
  if (!packageInstalled()) missing.push('enginePackage');
  if (!audioFile || !existsSync(audioFile)) missing.push('audioSource');
  return { engine: 'sherpa', ready: missing.length === 0, missing, modelFolder, expectedFiles: SHERPA_MODEL_FILES, missingFiles, files };
}
