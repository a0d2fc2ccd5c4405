import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDesk, type Desk } from '../../../core/desk';
import { startDeskServices } from '../../../core/desk-services';
import { memorySettings } from '../../../core/settings';
import { AGENT, validIntake } from '../../support/desk';
import { makeTempDir } from '../../support/temp-dir';

const DAY_MS = 24 * 60 * 60 * 1000;

let desk: Desk | null = null;
let cleanup = () => {};
afterEach(() => {
  desk?.close();
  desk = null;
  cleanup();
});

/** A desk with one complaint of the signed-in agent, long overdue: the reminder clock announces it on every tick. */
async function deskWithOverdueComplaint(): Promise<Desk> {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  let now = new Date('2026-11-25T02:00:00.000Z');
  desk = openDesk({ dataDir: join(temp.dir, 'data'), settings: memorySettings({ signedInAgent: AGENT }), clock: () => now });
  expect(await desk.dispatch('complaints.create', validIntake())).toMatchObject({ ok: true });
  now = new Date(now.getTime() + 90 * DAY_MS);
  return desk;
}

describe('the desk services', () => {
  it('start the idle lock, reminders, sync and the CTI endpoint, and stop them all', async () => {
    const opened = await deskWithOverdueComplaint();
    const announced: unknown[] = [];
    opened.events.subscribe((name, payload) => void (name === 'reminders.due' && announced.push(payload)));
    expect(opened.ctx.idleLock).toBeUndefined();

    const services = startDeskServices(opened.ctx, { ctiPort: 0, reminderIntervalMs: 20 });
    const endpoint = (await services.cti).current();
    expect(endpoint).not.toBeNull();
    expect(opened.ctx.idleLock).toBeDefined();
    expect(opened.ctx.sync).toBe(services.sync);
    await vi.waitFor(() => expect(announced.length).toBeGreaterThan(0));
    const stopSync = vi.spyOn(services.sync!, 'stop');

    const stopping = services.stop();
    expect(services.stop()).toBe(stopping);
    await stopping;

    expect(stopSync).toHaveBeenCalledOnce();
    await expect(fetch(endpoint!.url, { method: 'POST', body: '{}' })).rejects.toThrow();
    const heard = announced.length;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(announced.length).toBe(heard);
  });

  it('leave sync off when asked (desks that share a server but not their complaints)', async () => {
    const opened = await deskWithOverdueComplaint();
    const services = startDeskServices(opened.ctx, { sync: false, ctiPort: 0 });
    expect(services.sync).toBeNull();
    expect(opened.ctx.sync).toBeUndefined();
    await services.stop();
  });
});
