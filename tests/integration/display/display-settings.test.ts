import { afterEach, describe, expect, it } from 'vitest';
import { makeTestDesk } from '../../support/desk';
import { valueOf } from '../../support/results';

const desks: ReturnType<typeof makeTestDesk>[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.close()));

describe('the display setting (high contrast), kept on the desk', () => {
  it('reads standard until switched, and keeps what was set', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    expect(valueOf(await desk.dispatch('settings.display.get', {}))).toEqual({ highContrast: false });
    expect(valueOf(await desk.dispatch('settings.display.set', { highContrast: true }))).toEqual({ highContrast: true });
    expect(valueOf(await desk.dispatch('settings.display.get', {}))).toEqual({ highContrast: true });
    expect(desk.ctx.settings.get('display')).toEqual({ highContrast: true });
  });

  it('is read before anyone signs in (the sign-in screen is drawn in it) but changed only by someone signed in', async () => {
    const desk = makeTestDesk({ agent: null });
    desks.push(desk);
    desk.ctx.settings.set('display', { highContrast: true });
    expect(valueOf(await desk.dispatch('settings.display.get', {}))).toEqual({ highContrast: true });
    const refused = await desk.dispatch('settings.display.set', { highContrast: false });
    expect(refused.ok).toBe(false);
    expect(desk.ctx.settings.get('display')).toEqual({ highContrast: true });
  });

  it('refuses a value of the wrong kind or an unknown field, and changes nothing', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    for (const input of [{ highContrast: 'yes' }, { highContrast: true, fontScale: 2 }, {}]) {
      const result = await desk.dispatch('settings.display.set', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(desk.ctx.settings.get('display')).toBeUndefined();
  });

  it('reads a damaged stored value as the standard look, never as a crash', async () => {
    const desk = makeTestDesk();
    desks.push(desk);
    desk.ctx.settings.set('display', { highContrast: 'maybe' });
    expect(valueOf(await desk.dispatch('settings.display.get', {}))).toEqual({ highContrast: false });
  });
});
