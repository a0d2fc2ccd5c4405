import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeskBridge } from '../../../electron/common/ipc-channels';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let bridge: DeskBridge;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../../electron/preload/index');
  bridge = contextBridge.exposed.get('complaintDesk') as DeskBridge;
});

describe('the preload bridge', () => {
  it('exposes one plain object with exactly invoke and on', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['complaintDesk']);
    expect(Object.getPrototypeOf(bridge)).toBe(Object.prototype);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards invoke to desk:invoke and returns its answer', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 42 });
    await expect(bridge.invoke('queue.list', { page: 2 })).resolves.toEqual({ ok: true, value: 42 });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('desk:invoke', 'queue.list', { page: 2 });
  });

  it('delivers only the named event, until unsubscribed', () => {
    const changed = vi.fn();
    const unsubscribe = bridge.on('complaints.changed', changed);
    ipcRenderer.emit('desk:event', {}, 'complaints.changed', { id: 'c-1' });
    ipcRenderer.emit('desk:event', {}, 'sync.progress', { done: 1 });
    unsubscribe();
    ipcRenderer.emit('desk:event', {}, 'complaints.changed', { id: 'c-2' });
    expect(changed.mock.calls).toEqual([[{ id: 'c-1' }]]);
    expect(ipcRenderer.listenerCount('desk:event')).toBe(0);
  });
});
