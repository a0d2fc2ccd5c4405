import { dirname } from 'node:path';
import { speechConfigFrom, speechEngine, speechReadiness } from '../../assist/speech/speech-config';
import type { SpeechEngine } from '../../assist/speech/speech-engine';
import type { SpeechStatus } from '../../shared/api/assist';
import type { DeskContext } from '../context';
import { DeskError } from '../desk-error';

/** The running transcript of each desk (one at a time: one agent, one call). */
const running = new WeakMap<DeskContext, SpeechEngine>();

const configOf = (ctx: DeskContext) => speechConfigFrom(process.env, dirname((ctx.db as unknown as { name: string }).name));

export function speechStatus(ctx: DeskContext): SpeechStatus {
  return { ...speechReadiness(configOf(ctx)), running: running.has(ctx) };
}

/** Starts the engine; each segment goes to the screens as `assist.transcript`. */
export async function startSpeech(ctx: DeskContext): Promise<SpeechStatus> {
  if (running.has(ctx)) return speechStatus(ctx);
  const config = configOf(ctx);
  let engine: SpeechEngine | null;
  try {
    engine = await speechEngine(config);
  } catch (error) {
    // A model folder with the right names but files the recogniser cannot read, or a recording it cannot decode.
    throw DeskError.of('refused', 'assist.speech.loadFailed', { folder: config.modelFolder, reason: error instanceof Error ? error.message : String(error) });
  }
  if (!engine) throw DeskError.of('refused', 'assist.speech.refused');
  // Started twice at once while the model loaded: the first one runs.
  if (running.has(ctx)) return speechStatus(ctx);
  running.set(ctx, engine);
  engine.start(
    (segment) => ctx.events.emit('assist.transcript', { segment, running: true }),
    () => {
      running.delete(ctx);
      ctx.events.emit('assist.transcript', { segment: null, running: false });
    },
  );
  return speechStatus(ctx);
}

export function stopSpeech(ctx: DeskContext): SpeechStatus {
  const engine = running.get(ctx);
  if (engine) {
    engine.stop();
    running.delete(ctx);
    ctx.events.emit('assist.transcript', { segment: null, running: false });
  }
  return speechStatus(ctx);
}
