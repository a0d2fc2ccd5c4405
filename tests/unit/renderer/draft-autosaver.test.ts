import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, DraftAutosaver } from '../../../renderer/features/intake/drafts/draft-autosaver';

describe('the intake autosave timing', () => {
  let saved: Record<string, unknown>[];
  let saver: DraftAutosaver;
  beforeEach(() => {
    vi.useFakeTimers();
    saved = [];
    saver = new DraftAutosaver(async (payload) => void saved.push(payload));
  });
  afterEach(() => vi.useRealTimers());

  it('saves once, AUTOSAVE_DELAY_MS after the last keystroke, within the 500 ms a crash may cost', () => {
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(500);
    saver.schedule({ customerName: '张' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    saver.schedule({ customerName: '张伟' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([{ customerName: '张伟' }]);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 10);
    expect(saved).toHaveLength(1);
  });

  it('saves a copy of the values as they were, not the form’s object as it changes later', () => {
    const values = { tags: ['angry'] };
    saver.schedule(values);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    values.tags.push('calm');
    expect(saved).toEqual([{ tags: ['angry'] }]);
  });

  it('leaving the form saves what is pending at once; with nothing pending it saves nothing', () => {
    saver.flush();
    expect(saved).toEqual([]);
    saver.schedule({ demand: '全额赔付' });
    saver.flush();
    expect(saved).toEqual([{ demand: '全额赔付' }]);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saved).toHaveLength(1);
  });

  it('stop drops what is pending and waits for the save in flight', async () => {
    let finish: () => void = () => undefined;
    const slow = new DraftAutosaver(() => new Promise<void>((resolve) => (finish = () => (saved.push({ done: true }), resolve()))));
    slow.schedule({ a: 1 });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    slow.schedule({ a: 2 });
    let stopped = false;
    const stopping = slow.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(saved).toEqual([{ done: true }]);
  });
});
