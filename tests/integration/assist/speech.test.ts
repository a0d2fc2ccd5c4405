import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReplayEngine } from '../../../assist/speech/replay-engine';
import { SHERPA_MODEL_FILES } from '../../../assist/speech/sherpa-model-files';
import { sherpaPackageInstalled, sherpaReadiness } from '../../../assist/speech/sherpa-readiness';
import type { SpeechStatus } from '../../../shared/api/assist';
import type { EventPayload } from '../../../shared/api/events';
import { makeTestDesk } from '../../support/desk';
import { makeTempDir } from '../../support/temp-dir';
import { valueOf, type TestDesk } from '../../support/workflow-desk';

const TRANSCRIPT = new URL('../../fixtures/assist/call-transcript.txt', import.meta.url).pathname;

describe('the speech adapter', () => {
  let desk: TestDesk;
  const saved = { ...process.env };
  beforeEach(() => {
    desk = makeTestDesk();
  });
  afterEach(() => {
    process.env = { ...saved };
    desk.close();
    vi.useRealTimers();
  });

  it('without a model, says what is missing and where to put it, and refuses to start', async () => {
    delete process.env.COMPLAINT_DESK_SPEECH_REPLAY;
    delete process.env.COMPLAINT_DESK_SPEECH_MODEL;
    delete process.env.COMPLAINT_DESK_SPEECH_AUDIO;
    const status = valueOf<SpeechStatus>(await desk.dispatch('assist.speech.status', {}));
    expect(status).toMatchObject({ engine: 'sherpa', ready: false, running: false, modelFolder: join(desk.dir, 'speech-model') });
    // sherpa-onnx-node is an optional dependency: installed or not, depending on the machine.
    expect(status.missing).toEqual(['modelFolderNotFound', ...(sherpaPackageInstalled() ? [] : ['enginePackage']), 'audioSource']);
    expect(status.expectedFiles).toEqual(SHERPA_MODEL_FILES);
    expect(await desk.dispatch('assist.speech.start', {})).toMatchObject({ ok: false, error: { code: 'refused', messageKey: 'assist.speech.refused' } });
  });

  it('names the model files a configured folder lacks', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'tokens.txt'), '');
      expect(sherpaReadiness(dir)).toMatchObject({ ready: false, missingFiles: ['encoder.onnx', 'decoder.onnx', 'joiner.onnx'] });
      expect(sherpaReadiness(null).missing[0]).toBe('modelFolderNotSet');
    } finally {
      cleanup();
    }
  });

  it('replays a text file as partial then final segments, sent to the screens, and stops on demand or at the end', async () => {
    vi.useFakeTimers();
    process.env.COMPLAINT_DESK_SPEECH_REPLAY = TRANSCRIPT;
    const heard: EventPayload<'assist.transcript'>[] = [];
    desk.ctx.events.subscribe((name, payload) => {
      if (name === 'assist.transcript') heard.push(payload as EventPayload<'assist.transcript'>);
    });
    expect(valueOf<SpeechStatus>(await desk.dispatch('assist.speech.start', {}))).toMatchObject({ engine: 'replay', ready: true, running: true });
    await vi.advanceTimersByTimeAsync(400 * 8);
    expect(heard.filter((e) => e.segment?.final).map((e) => e.segment!.text)).toEqual([
      '喂，你好，我姓李',
      '我妈上个月住院，理赔材料早就交齐了',
      '一个多月了钱还没到账',
      '再拖下去我就打12378投诉',
    ]);
    expect(heard[0]).toEqual({ segment: { text: '喂，你好', final: false }, running: true });
    expect(heard.at(-1)).toEqual({ segment: null, running: false });
    expect(valueOf<SpeechStatus>(await desk.dispatch('assist.speech.status', {})).running).toBe(false);

    heard.length = 0;
    await desk.dispatch('assist.speech.start', {});
    await vi.advanceTimersByTimeAsync(400);
    expect(valueOf<SpeechStatus>(await desk.dispatch('assist.speech.stop', {})).running).toBe(false);
    await vi.advanceTimersByTimeAsync(4000);
    expect(heard).toEqual([{ segment: { text: '喂，你好', final: false }, running: true }, { segment: null, running: false }]);
  });

  it('the replay engine skips blank lines', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 't.txt'), '\n一\n\n  \n二\n');
      vi.useFakeTimers();
      const texts: string[] = [];
      let ended = false;
      new ReplayEngine(join(dir, 't.txt'), 10).start((s) => s.final && texts.push(s.text), () => (ended = true));
      vi.advanceTimersByTime(100);
      expect([texts, ended]).toEqual([['一', '二'], true]);
    } finally {
      cleanup();
    }
  });
});
