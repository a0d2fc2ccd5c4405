import { createRequire } from 'node:module';
import type { AudioSource } from './audio-source';
import type { SherpaModelFiles } from './sherpa-model-files';
import type { SpeechEngine, TranscriptSegment } from './speech-engine';

/** The package, loaded only when a complete model folder is configured (an optional dependency: a desk without it works). */
export const SHERPA_PACKAGE = 'sherpa-onnx-node';

/** The part of sherpa-onnx-node's `OnlineRecognizer` the engine uses (its README's streaming examples). */
export interface OnlineStream {
  acceptWaveform(wave: { samples: Float32Array; sampleRate: number }): void;
  inputFinished(): void;
}
export interface OnlineRecognizer {
  createStream(): OnlineStream;
  isReady(stream: OnlineStream): boolean;
  decode(stream: OnlineStream): void;
  isEndpoint(stream: OnlineStream): boolean;
  reset(stream: OnlineStream): void;
  getResult(stream: OnlineStream): { text: string };
}
export interface SherpaModule {
  OnlineRecognizer: new (config: OnlineRecognizerConfig) => OnlineRecognizer;
}

export interface OnlineRecognizerConfig {
  featConfig: { sampleRate: number; featureDim: number };
  modelConfig: {
    transducer?: { encoder: string; decoder: string; joiner: string };
    paraformer?: { encoder: string; decoder: string };
    tokens: string;
    numThreads: number;
    provider: 'cpu';
    debug: 0 | 1;
  };
  decodingMethod: 'greedy_search';
  enableEndpoint: boolean;
  rule1MinTrailingSilence: number;
  rule2MinTrailingSilence: number;
  rule3MinUtteranceLength: number;
}

/**
 * The recogniser's configuration for a model folder: 16 kHz, 80 mel features (what sherpa-onnx's streaming Chinese
 * models are trained on), greedy search, one thread (the desk runs the intake beside it), and endpoints so each
 * sentence becomes a final segment after a pause (1.2 s once something was said, 2.4 s of silence alone, 20 s at most).
 */
export function recognizerConfig(files: SherpaModelFiles): OnlineRecognizerConfig {
  const model =
    files.kind === 'transducer'
      ? { transducer: { encoder: files.encoder, decoder: files.decoder, joiner: files.joiner! } }
      : { paraformer: { encoder: files.encoder, decoder: files.decoder } };
  return {
    featConfig: { sampleRate: 16_000, featureDim: 80 },
    modelConfig: { ...model, tokens: files.tokens, numThreads: 1, provider: 'cpu', debug: 0 },
    decodingMethod: 'greedy_search',
    enableEndpoint: true,
    rule1MinTrailingSilence: 2.4,
    rule2MinTrailingSilence: 1.2,
    rule3MinUtteranceLength: 20,
  };
}

/** Silence fed after the audio ends, so the model finishes the last words (sherpa-onnx's examples pad 0.4 s). */
const TAIL_SECONDS = 0.4;

/**
 * Speech through sherpa-onnx: the audio's chunks go into one stream; what the recogniser has so far is a partial
 * segment, replaced as it grows, and at an endpoint (a pause) it becomes final and the stream starts a new sentence.
 */
export class SherpaEngine implements SpeechEngine {
  readonly kind = 'sherpa' as const;

  constructor(
    private readonly recognizer: OnlineRecognizer,
    private readonly audio: AudioSource,
  ) {}

  start(onSegment: (segment: TranscriptSegment) => void, onEnd: () => void): void {
    this.stop();
    const { recognizer, audio } = this;
    const stream = recognizer.createStream();
    let partial = '';
    const heard = () => {
      while (recognizer.isReady(stream)) recognizer.decode(stream);
      return recognizer.getResult(stream).text.trim();
    };
    audio.start(
      (samples) => {
        stream.acceptWaveform({ samples, sampleRate: audio.sampleRate });
        const text = heard();
        if (recognizer.isEndpoint(stream)) {
          if (text) onSegment({ text, final: true });
          recognizer.reset(stream);
          partial = '';
        } else if (text && text !== partial) {
          partial = text;
          onSegment({ text, final: false });
        }
      },
      () => {
        stream.acceptWaveform({ samples: new Float32Array(Math.round(audio.sampleRate * TAIL_SECONDS)), sampleRate: audio.sampleRate });
        stream.inputFinished();
        const text = heard();
        if (text) onSegment({ text, final: true });
        onEnd();
      },
    );
  }

  stop(): void {
    this.audio.stop();
  }
}

/**
 * Loads the package when first needed; a desk without a model never loads it (nor its native library). It is
 * CommonJS: required the way `sherpaPackageInstalled` resolves it, so "installed" and "loadable" agree.
 */
export async function importSherpa(): Promise<SherpaModule> {
  return createRequire(import.meta.url)(SHERPA_PACKAGE) as SherpaModule;
}

/**
 * Builds the engine for a model folder's files: the model is first loaded in a probe process (a broken file aborts
 * the process that loads it), then here (the model is read, ≈ seconds each).
 */
export async function createSherpaEngine(
  files: SherpaModelFiles,
  audio: AudioSource,
  load: () => Promise<SherpaModule>,
  probe: (config: OnlineRecognizerConfig) => Promise<void>,
): Promise<SherpaEngine> {
  const config = recognizerConfig(files);
  await probe(config);
  const sherpa = await load();
  return new SherpaEngine(new sherpa.OnlineRecognizer(config), audio);
}
