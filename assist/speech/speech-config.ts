import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayEngine } from './replay-engine';
import { createSherpaEngine, importSherpa, type OnlineRecognizerConfig, type SherpaModule } from './sherpa-engine';
import { probeSherpaModel } from './sherpa-probe';
import { sherpaPackageInstalled, sherpaReadiness } from './sherpa-readiness';
import type { SpeechEngine, SpeechReadiness } from './speech-engine';
import { WaveFileSource } from './wave-file-source';

/**
 * Where speech comes from on this desk: `COMPLAINT_DESK_SPEECH_REPLAY` (a text file replayed: tests,
 * demonstrations), else the model folder `COMPLAINT_DESK_SPEECH_MODEL`, else `<data>/speech-model`, fed by the
 * recording `COMPLAINT_DESK_SPEECH_AUDIO` (a 16-bit PCM WAV file) until the desk can take the call's audio.
 */
export interface SpeechConfig {
  replayFile: string | null;
  modelFolder: string;
  audioFile: string | null;
}

export function speechConfigFrom(env: NodeJS.ProcessEnv, dataDir: string | null): SpeechConfig {
  return {
    replayFile: env.COMPLAINT_DESK_SPEECH_REPLAY || null,
    modelFolder: env.COMPLAINT_DESK_SPEECH_MODEL || (dataDir ? join(dataDir, 'speech-model') : 'speech-model'),
    audioFile: env.COMPLAINT_DESK_SPEECH_AUDIO || null,
  };
}

/** What the engine choice needs from outside: whether the package is there, a probe of the model, loading it (tests put their own). */
export interface SpeechDependencies {
  sherpaInstalled: () => boolean;
  probeSherpa: (config: OnlineRecognizerConfig) => Promise<void>;
  loadSherpa: () => Promise<SherpaModule>;
}
const REAL: SpeechDependencies = { sherpaInstalled: sherpaPackageInstalled, probeSherpa: probeSherpaModel, loadSherpa: importSherpa };

const replayReady = (config: SpeechConfig) => config.replayFile !== null && existsSync(config.replayFile);

export function speechReadiness(config: SpeechConfig, deps: SpeechDependencies = REAL): SpeechReadiness {
  if (replayReady(config)) {
    return { engine: 'replay', ready: true, missing: [], modelFolder: null, expectedFiles: [], missingFiles: [] };
  }
  const { engine, ready, missing, modelFolder, expectedFiles, missingFiles } = sherpaReadiness(config.modelFolder, config.audioFile, deps.sherpaInstalled);
  return { engine, ready, missing, modelFolder, expectedFiles, missingFiles };
}

/**
 * The engine to run, or null when none is ready: the replay when a file is set, else sherpa-onnx when the model
 * folder is complete, the package installed and a recording set — the package is imported only then.
 */
export async function speechEngine(config: SpeechConfig, deps: SpeechDependencies = REAL): Promise<SpeechEngine | null> {
  if (replayReady(config)) return new ReplayEngine(config.replayFile!);
  const readiness = sherpaReadiness(config.modelFolder, config.audioFile, deps.sherpaInstalled);
  if (!readiness.ready || !readiness.files) return null;
  return createSherpaEngine(readiness.files, new WaveFileSource(config.audioFile!), deps.loadSherpa, deps.probeSherpa);
}
