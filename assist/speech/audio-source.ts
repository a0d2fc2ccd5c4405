/**
 * Where a recogniser's audio comes from: mono samples in [-1, 1] at `sampleRate`, in chunks as they arrive. `stop`
 * ends it without `onEnd` (the one who stopped it knows). The desk cannot take a live call's audio yet; a recording
 * (wave-file-source.ts) stands in for one.
 */
export interface AudioSource {
  readonly sampleRate: number;
  start(onSamples: (samples: Float32Array) => void, onEnd: () => void): void;
  stop(): void;
}
