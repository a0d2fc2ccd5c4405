import { readFileSync } from 'node:fs';
import type { SpeechEngine, TranscriptSegment } from './speech-engine';

/**
 * A stand-in engine that replays a text file as a transcript: each non-empty line arrives, every `intervalMs`,
 * first as a partial segment (its first half) and then whole as a final one — the way a streaming
 * recogniser revises itself. For tests and demonstrations; no audio, no model.
 */
export class ReplayEngine implements SpeechEngine {
  readonly kind = 'replay' as const;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly segments: TranscriptSegment[];

  constructor(file: string, private readonly intervalMs = 400) {
    const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    this.segments = lines.flatMap((line) => [
      { text: line.slice(0, Math.max(1, Math.floor(line.length / 2))), final: false },
      { text: line, final: true },
    ]);
  }

  start(onSegment: (segment: TranscriptSegment) => void, onEnd: () => void): void {
    this.stop();
    let next = 0;
    this.timer = setInterval(() => {
      const segment = this.segments[next++];
      if (segment) onSegment(segment);
      if (next >= this.segments.length) {
        this.stop();
        onEnd();
      }
    }, this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
