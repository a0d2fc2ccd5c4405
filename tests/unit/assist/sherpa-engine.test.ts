import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AudioSource } from '../../../assist/speech/audio-source';
import { ReplayEngine } from '../../../assist/speech/replay-engine';
import {
  SherpaEngine,
  recognizerConfig,
  type OnlineRecognizer,
  type OnlineRecognizerConfig,
  type OnlineStream,
  type SherpaModule,
} from '../../../assist/speech/sherpa-engine';
import { findModelFiles } from '../../../assist/speech/sherpa-model-files';
import { speechEngine, speechReadiness, type SpeechConfig, type SpeechDependencies } from '../../../assist/speech/speech-config';
import type { TranscriptSegment } from '../../../assist/speech/speech-engine';
import { decodeWave, WaveFileSource } from '../../../assist/speech/wave-file-source';
import { makeTempDir } from '../../support/temp-dir';

/** A 16-bit PCM WAV file of the given samples (-32768…32767), `channels` interleaved. */
function waveBytes(samples: number[], sampleRate = 16_000, channels = 1): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(s, i * 2));
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(1, 0);
  fmt.writeUInt16LE(channels, 2);
  fmt.writeUInt32LE(sampleRate, 4);
  fmt.writeUInt32LE(sampleRate * channels * 2, 8);
  fmt.writeUInt16LE(channels * 2, 12);
  fmt.writeUInt16LE(16, 14);
  const chunk = (id: string, body: Buffer) => Buffer.concat([Buffer.from(id, 'ascii'), Buffer.from(Uint32Array.of(body.length).buffer), body]);
  const body = Buffer.concat([Buffer.from('WAVE', 'ascii'), chunk('LIST', Buffer.from('info')), chunk('fmt ', fmt), chunk('data', data)]);
  return Buffer.concat([Buffer.from('RIFF', 'ascii'), Buffer.from(Uint32Array.of(body.length).buffer), body]);
}

/**
 * A recogniser that "hears" a script: each chunk of audio adds the next entry's text to the sentence so far; an
 * entry `|` is a pause (an endpoint). It records the configuration it was made with and every call.
 */
function scriptedSherpa(script: string[]) {
  const made: OnlineRecognizerConfig[] = [];
  const calls: string[] = [];
  class Recognizer implements OnlineRecognizer {
    private text = '';
    private endpoint = false;
    private next = 0;
    private pending = 0;
    constructor(config: OnlineRecognizerConfig) {
      made.push(config);
    }
    createStream(): OnlineStream {
      return {
        acceptWaveform: (wave) => {
          calls.push(`accept ${wave.samples.length}@${wave.sampleRate}`);
          this.pending += 1;
        },
        inputFinished: () => void calls.push('finished'),
      };
    }
    isReady = () => this.pending > 0;
    decode = () => {
      this.pending -= 1;
      const entry = script[this.next++];
      if (entry === '|') this.endpoint = true;
      else if (entry !== undefined) this.text += entry;
    };
    isEndpoint = () => this.endpoint;
    reset = () => {
      calls.push('reset');
      this.text = '';
      this.endpoint = false;
    };
    getResult = () => ({ text: this.text });
  }
  const sherpaModule: SherpaModule = { OnlineRecognizer: Recognizer };
  return { sherpaModule, made, calls };
}

/** Audio handed over by the test, chunk by chunk. */
function handFedAudio(sampleRate = 8_000) {
  let feed: ((samples: Float32Array) => void) | null = null;
  let end: (() => void) | null = null;
  const source: AudioSource & { chunk(): void; finish(): void; stopped: number } = {
    sampleRate,
    stopped: 0,
    start: (onSamples, onEnd) => ((feed = onSamples), (end = onEnd)),
    stop: () => void (source.stopped += 1),
    chunk: () => feed!(new Float32Array(800)),
    finish: () => end!(),
  };
  return source;
}

describe('the sherpa-onnx engine', () => {
  it('hands over the growing sentence as partial segments, a final one at each pause and the rest when the audio ends', () => {
    const { sherpaModule, calls } = scriptedSherpa(['我妈', '住院', '|', '钱还没', '', '到账']);
    const audio = handFedAudio();
    const files = { kind: 'transducer' as const, tokens: 't', encoder: 'e', decoder: 'd', joiner: 'j' };
    const engine = new SherpaEngine(new sherpaModule.OnlineRecognizer(recognizerConfig(files)), audio);
    const heard: TranscriptSegment[] = [];
    let ended = false;
    engine.start((s) => heard.push(s), () => (ended = true));
    for (let i = 0; i < 5; i++) audio.chunk();
    expect(heard).toEqual([
      { text: '我妈', final: false },
      { text: '我妈住院', final: false },
      { text: '我妈住院', final: true },
      { text: '钱还没', final: false },
      // the fifth chunk added nothing: no segment
    ]);
    expect(ended).toBe(false);
    audio.finish();
    expect(heard.at(-1)).toEqual({ text: '钱还没到账', final: true });
    expect(ended).toBe(true);
    // 800 samples at 8 kHz per chunk; 0.4 s of silence after the last, then the end of input.
    expect(calls.slice(-3)).toEqual(['accept 800@8000', 'accept 3200@8000', 'finished']);
    expect(calls.filter((c) => c === 'reset')).toHaveLength(1);
    engine.stop();
    expect(audio.stopped).toBeGreaterThan(0);
  });

  it('configures a transducer or a Paraformer from the model folder, 16 kHz, 80 features, endpoints on', () => {
    const transducer = recognizerConfig({ kind: 'transducer', tokens: '/m/tokens.txt', encoder: '/m/encoder.onnx', decoder: '/m/decoder.onnx', joiner: '/m/joiner.onnx' });
    expect(transducer).toMatchObject({
      featConfig: { sampleRate: 16_000, featureDim: 80 },
      modelConfig: { transducer: { encoder: '/m/encoder.onnx', decoder: '/m/decoder.onnx', joiner: '/m/joiner.onnx' }, tokens: '/m/tokens.txt', numThreads: 1, provider: 'cpu' },
      decodingMethod: 'greedy_search',
      enableEndpoint: true,
    });
    expect(transducer.modelConfig.paraformer).toBeUndefined();
    const paraformer = recognizerConfig({ kind: 'paraformer', tokens: '/p/tokens.txt', encoder: '/p/encoder.int8.onnx', decoder: '/p/decoder.int8.onnx', joiner: null });
    expect(paraformer.modelConfig).toMatchObject({ paraformer: { encoder: '/p/encoder.int8.onnx', decoder: '/p/decoder.int8.onnx' }, tokens: '/p/tokens.txt' });
    expect(paraformer.modelConfig.transducer).toBeUndefined();
  });
});

describe('a model folder', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir('speech-model-'));
  });
  afterEach(() => cleanup());
  const put = (...names: string[]) => names.forEach((n) => writeFileSync(join(dir, n), ''));

  it('is read as sherpa-onnx releases name their files, the int8 ones first', () => {
    put('tokens.txt', 'encoder-epoch-99-avg-1.onnx', 'encoder-epoch-99-avg-1.int8.onnx', 'decoder-epoch-99-avg-1.onnx', 'joiner-epoch-99-avg-1.int8.onnx', 'README.md');
    expect(findModelFiles(dir)).toEqual({
      files: {
        kind: 'transducer',
        tokens: join(dir, 'tokens.txt'),
        encoder: join(dir, 'encoder-epoch-99-avg-1.int8.onnx'),
        decoder: join(dir, 'decoder-epoch-99-avg-1.onnx'),
        joiner: join(dir, 'joiner-epoch-99-avg-1.int8.onnx'),
      },
      missing: [],
    });
  });

  it('without a joiner is a Paraformer; without a model at all lacks every file of one', () => {
    put('tokens.txt', 'encoder.int8.onnx', 'decoder.int8.onnx');
    expect(findModelFiles(dir).files).toMatchObject({ kind: 'paraformer', joiner: null });
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(findModelFiles(empty)).toEqual({ files: null, missing: ['encoder.onnx', 'decoder.onnx', 'joiner.onnx', 'tokens.txt'] });
    writeFileSync(join(empty, 'encoder.onnx'), '');
    expect(findModelFiles(empty).missing).toEqual(['decoder.onnx', 'tokens.txt']);
  });
});

describe('choosing the speech engine', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir('speech-choice-'));
  });
  afterEach(() => cleanup());

  /** A package that is (or is not) installed; probing the model and loading the package are counted, the load answers the scripted recogniser. */
  const deps = (installed: boolean, sherpa = scriptedSherpa(['喂']).sherpaModule) => {
    let loads = 0;
    const probed: OnlineRecognizerConfig[] = [];
    const d: SpeechDependencies = {
      sherpaInstalled: () => installed,
      probeSherpa: async (config) => void probed.push(config),
      loadSherpa: async () => (loads++, sherpa),
    };
    return { deps: d, loads: () => loads, probed };
  };
  const config = (over: Partial<SpeechConfig> = {}): SpeechConfig => ({ replayFile: null, modelFolder: join(dir, 'speech-model'), audioFile: null, ...over });
  const completeFolder = () => {
    const folder = join(dir, 'speech-model');
    mkdirSync(folder, { recursive: true });
    for (const name of ['encoder.onnx', 'decoder.onnx', 'joiner.onnx', 'tokens.txt']) writeFileSync(join(folder, name), '');
    const audio = join(dir, 'call.wav');
    writeFileSync(audio, waveBytes([0, 1000, -1000, 0]));
    return { folder, audio };
  };

  it('no folder: no engine, and the panel is told the folder to put the model in; the package is never loaded', async () => {
    const { deps: d, loads } = deps(true);
    expect(speechReadiness(config(), d)).toMatchObject({ engine: 'sherpa', ready: false, missing: ['modelFolderNotFound', 'audioSource'], modelFolder: join(dir, 'speech-model') });
    expect(await speechEngine(config(), d)).toBeNull();
    expect(loads()).toBe(0);
  });

  it('a folder lacking files: the readiness names them; no engine', async () => {
    const folder = join(dir, 'speech-model');
    mkdirSync(folder);
    writeFileSync(join(folder, 'tokens.txt'), '');
    writeFileSync(join(dir, 'call.wav'), waveBytes([0]));
    const { deps: d, loads } = deps(true);
    const c = config({ audioFile: join(dir, 'call.wav') });
    expect(speechReadiness(c, d)).toMatchObject({ ready: false, missing: ['modelFiles'], missingFiles: ['encoder.onnx', 'decoder.onnx', 'joiner.onnx'] });
    expect(await speechEngine(c, d)).toBeNull();
    expect(loads()).toBe(0);
  });

  it('a complete folder without the package or without audio: says which, and loads nothing', async () => {
    const { audio } = completeFolder();
    const without = deps(false);
    expect(speechReadiness(config({ audioFile: audio }), without.deps).missing).toEqual(['enginePackage']);
    expect(await speechEngine(config({ audioFile: audio }), without.deps)).toBeNull();
    const noAudio = deps(true);
    expect(speechReadiness(config(), noAudio.deps).missing).toEqual(['audioSource']);
    expect(await speechEngine(config(), noAudio.deps)).toBeNull();
    expect(without.loads() + noAudio.loads()).toBe(0);
  });

  it('a complete folder, the package and a recording: the sherpa engine is made with the folder\'s files, and runs on the recording', async () => {
    const { folder, audio } = completeFolder();
    const sherpa = scriptedSherpa(['喂', '你好']);
    const { deps: d, loads, probed } = deps(true, sherpa.sherpaModule);
    expect(speechReadiness(config({ audioFile: audio }), d)).toMatchObject({ engine: 'sherpa', ready: true, missing: [] });
    const engine = await speechEngine(config({ audioFile: audio }), d);
    expect(engine).toBeInstanceOf(SherpaEngine);
    expect(loads()).toBe(1);
    expect(sherpa.made).toHaveLength(1);
    // The same configuration was loaded first in the probe process.
    expect(probed).toEqual(sherpa.made);
    expect(sherpa.made[0]!.modelConfig).toMatchObject({
      transducer: { encoder: join(folder, 'encoder.onnx'), decoder: join(folder, 'decoder.onnx'), joiner: join(folder, 'joiner.onnx') },
      tokens: join(folder, 'tokens.txt'),
    });
    // The recording is fed in 100 ms chunks in real time; 4 samples make one chunk and then the end.
    const heard: TranscriptSegment[] = [];
    await new Promise<void>((resolve) => engine!.start((s) => heard.push(s), resolve));
    expect(heard).toEqual([{ text: '喂', final: false }, { text: '喂你好', final: true }]);
    expect(sherpa.calls[0]).toBe('accept 4@16000');
  });

  it('a replay file wins over any model, and a model that cannot load is an error for the caller to word', async () => {
    const transcript = join(dir, 't.txt');
    writeFileSync(transcript, '一\n');
    expect(await speechEngine(config({ replayFile: transcript }), deps(true).deps)).toBeInstanceOf(ReplayEngine);
    const { audio } = completeFolder();
    const broken: SpeechDependencies = {
      sherpaInstalled: () => true,
      probeSherpa: async () => undefined,
      loadSherpa: async () => ({ OnlineRecognizer: class { constructor() { throw new Error('Please check your config!'); } } as never }),
    };
    await expect(speechEngine(config({ audioFile: audio }), broken)).rejects.toThrow('Please check your config!');
    // A file that is no model fails in the probe, and the desk's own process never loads it.
    let loaded = 0;
    const refusedByProbe: SpeechDependencies = {
      sherpaInstalled: () => true,
      probeSherpa: async () => Promise.reject(new Error('Load model from /m/decoder.onnx failed:Protobuf parsing failed.')),
      loadSherpa: async () => (loaded++, scriptedSherpa([]).sherpaModule),
    };
    await expect(speechEngine(config({ audioFile: audio }), refusedByProbe)).rejects.toThrow('Protobuf parsing failed');
    expect(loaded).toBe(0);
  });
});

describe('a recording as the audio', () => {
  it('decodes 16-bit PCM, channels averaged, past other chunks', () => {
    expect(decodeWave(waveBytes([16384, -16384, 32767], 8000))).toEqual({ sampleRate: 8000, samples: Float32Array.of(0.5, -0.5, 32767 / 32768) });
    expect(decodeWave(waveBytes([16384, 0, -32768, -32768], 16000, 2)).samples).toEqual(Float32Array.of(0.25, -1));
  });

  it('refuses what is not 16-bit PCM WAV, saying what it is', () => {
    expect(() => decodeWave(Buffer.from('ID3 not a wave file'))).toThrow('not a WAV file');
    const eight = waveBytes([0, 0]);
    eight.writeUInt16LE(8, 12 + 8 + 4 + 8 + 14); // the fmt chunk's bits per sample
    expect(() => decodeWave(eight)).toThrow('only 16-bit PCM WAV is read (this one: format 1, 8 bits)');
  });

  it('plays in chunks and ends once; stopped, it ends without telling', () => {
    const { dir, cleanup } = makeTempDir('wave-');
    try {
      writeFileSync(join(dir, 'a.wav'), waveBytes(Array.from({ length: 4000 }, () => 0), 16_000));
      const chunks: number[] = [];
      let ends = 0;
      new WaveFileSource(join(dir, 'a.wav'), 0).start((s) => chunks.push(s.length), () => ends++);
      expect([chunks, ends]).toEqual([[1600, 1600, 800], 1]);
    } finally {
      cleanup();
    }
  });
});
