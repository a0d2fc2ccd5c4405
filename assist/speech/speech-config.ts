import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayEngine } from './replay-engine';
import { sherpaReadiness } from './sherpa-readiness';
import type { SpeechEngine, SpeechReadiness } from './speech-engine';

/**
 * Where speech comes from on this desk: `COMPLAINT_DESK_SPEECH_REPLAY` (a text file replayed: tests,
 * demonstrations), else the model folder `COMPLAINT_DESK_SPEECH_MODEL`, else `<data>/speech-model`.
 */
export interface SpeechConfig {
  replayFile: string | null;
  modelFolder: string;
}

export function speechConfigFrom(env: NodeJS.ProcessEnv, dataDir: string | null): SpeechConfig {
  return {
    replayFile: env.COMPLAINT_DESK_SPEECH_REPLAY || null,
    modelFolder: env.COMPLAINT_DESK_SPEECH_MODEL || (dataDir ? join(dataDir, 'speech-model') : 'speech-model'),
  };
}

export function speechReadiness(config: SpeechConfig): SpeechReadiness {
  if (config.replayFile && existsSync(config.replayFile)) {
    return { engine: 'replay', ready: true, missing: [], modelFolder: null, expectedFiles: [], missingFiles: [] };
  }
  return sherpaReadiness(config.modelFolder);
}

/** The engine to run, or null when none is ready (today only the replay: sherpa also needs the call's audio). */
export function speechEngine(config: SpeechConfig): SpeechEngine | null {
  const readiness = speechReadiness(config);
  if (readiness.ready && readiness.engine === 'replay') return new ReplayEngine(config.replayFile!);
  return null;
}
