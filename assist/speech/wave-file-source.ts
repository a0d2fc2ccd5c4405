import { readFileSync } from 'node:fs';
import type { AudioSource } from './audio-source';

/** Decoded PCM: mono samples in [-1, 1]. */
export interface Wave {
  sampleRate: number;
  samples: Float32Array;
}

/** Reads a 16-bit PCM WAV file (what a call recording or a model's test file is), channels averaged to mono. */
export function decodeWave(bytes: Buffer): Wave {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a WAV file (no RIFF/WAVE header)');
  }
  let format: { channels: number; sampleRate: number; bits: number; encoding: number } | null = null;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      format = { encoding: bytes.readUInt16LE(body), channels: bytes.readUInt16LE(body + 2), sampleRate: bytes.readUInt32LE(body + 4), bits: bytes.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (!format) throw new Error('a WAV file whose data comes before its format');
      if (format.encoding !== 1 || format.bits !== 16) throw new Error(`only 16-bit PCM WAV is read (this one: format ${format.encoding}, ${format.bits} bits)`);
      const frames = Math.floor(Math.min(size, bytes.length - body) / (2 * format.channels));
      const samples = new Float32Array(frames);
      for (let frame = 0; frame < frames; frame++) {
        let sum = 0;
        for (let channel = 0; channel < format.channels; channel++) sum += bytes.readInt16LE(body + (frame * format.channels + channel) * 2);
        samples[frame] = sum / format.channels / 32768;
      }
      return { sampleRate: format.sampleRate, samples };
    }
    at = body + size + (size % 2);
  }
  throw new Error('a WAV file without audio data');
}

/**
 * A recording played as if the call were on: `chunkMs` of audio every `chunkMs` (0: all at once, for tests). What
 * IT uses to check a model folder on a desk before the call's audio can be taken.
 */
export class WaveFileSource implements AudioSource {
  readonly sampleRate: number;
  private readonly samples: Float32Array;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(file: string, private readonly chunkMs = 100) {
    const wave = decodeWave(readFileSync(file));
    this.sampleRate = wave.sampleRate;
    this.samples = wave.samples;
  }

  start(onSamples: (samples: Float32Array) => void, onEnd: () => void): void {
    this.stop();
    const chunk = Math.max(1, Math.round((this.sampleRate * (this.chunkMs || 100)) / 1000));
    let next = 0;
    const send = () => {
      onSamples(this.samples.subarray(next, next + chunk));
      next += chunk;
      if (next >= this.samples.length) {
        this.stop();
        onEnd();
        return false;
      }
      return true;
    };
    if (this.chunkMs === 0) {
      while (send());
      return;
    }
    this.timer = setInterval(send, this.chunkMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
