/**
 * The live transcript's engine: started with the call, it hands the customer's words over in segments (a
 * segment may be replaced by a longer one until it is final). Engines: a replay of a text file (tests and
 * demonstrations) and sherpa-onnx with a model folder the customer's IT provides.
 */
export interface TranscriptSegment {
  text: string;
  /** A final segment is not revised any more; a partial one is replaced by the next segment. */
  final: boolean;
}

export interface SpeechEngine {
  readonly kind: SpeechEngineKind;
  start(onSegment: (segment: TranscriptSegment) => void, onEnd: () => void): void;
  stop(): void;
}

export type SpeechEngineKind = 'replay' | 'sherpa';

/**
 * What is missing before speech can run, as codes the screen words: no folder set, folder absent, a model file,
 * the engine package, and audio (the desk does not take the call's audio yet: sherpa runs only on a recording,
 * COMPLAINT_DESK_SPEECH_AUDIO).
 */
export type SpeechMissing = 'modelFolderNotSet' | 'modelFolderNotFound' | 'modelFiles' | 'enginePackage' | 'audioSource';

export interface SpeechReadiness {
  engine: SpeechEngineKind | 'none';
  ready: boolean;
  missing: SpeechMissing[];
  /** The folder the model is looked for in (null: none configured). */
  modelFolder: string | null;
  /** The files a model folder must hold. */
  expectedFiles: string[];
  /** The model files not found in the folder. */
  missingFiles: string[];
}
