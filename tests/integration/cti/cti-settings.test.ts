import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCtiListener } from '../../../core/cti/cti-listener';
import type { CtiSettings } from '../../../shared/api/cti';
import { makeTestDesk } from '../../support/desk';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => desk.close());

async function settings(input?: Record<string, unknown>): Promise<CtiSettings> {
  const result = await desk.dispatch(input ? 'cti.updateSettings' : 'cti.settings', input ?? {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as CtiSettings;
}

describe('the CTI settings', () => {
  it('default to port 5820 with a random token made once and kept', async () => {
    desk = makeTestDesk();
    const first = await settings();
    expect(first.port).toBe(5820);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await settings()).token).toBe(first.token);
    expect(first.endpointUrl).toBe(`http://127.0.0.1:5820/cti/${first.token}`);
    expect(first.microsipSnippet).toMatch(/^\[Settings\]\ncmdIncomingCall=.+Complaint Desk\.exe$/);
    expect(first.urlSnippet).toBe('complaintdesk://call?from=%number%&callId=%callid%');
    expect(first.curlExample).toContain(first.endpointUrl);
  });

  it('keeps the click-to-dial template (empty at first) and refuses one that is not a dialling link', async () => {
    desk = makeTestDesk();
    expect((await settings()).dialUrlTemplate).toBe('');
    const token = (await settings()).token;
    expect(await settings({ dialUrlTemplate: 'sip:{phone}' })).toMatchObject({ dialUrlTemplate: 'sip:{phone}', token });
    expect((await settings()).dialUrlTemplate).toBe('sip:{phone}');
    expect(await desk.dispatch('cti.updateSettings', { dialUrlTemplate: 'javascript:alert({phone})' })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'validation.dialUrl.scheme' }] },
    });
    expect((await settings()).dialUrlTemplate).toBe('sip:{phone}');
  });

  it('refuses a privileged or impossible port', async () => {
    desk = makeTestDesk();
    for (const port of [80, 70000, 5820.5]) {
      expect(await desk.dispatch('cti.updateSettings', { port })).toMatchObject({
        ok: false,
        error: { issues: [{ messageKey: 'validation.ctiPort.invalid' }] },
      });
    }
  });

  it('restarts the listener on a new token: the old one stops working at once', async () => {
    desk = makeTestDesk();
    await settings({ port: await freePort() });
    const listener = await startCtiListener(desk.ctx);
    try {
      const before = listener.current()!;
      const post = (url: string, callId: string) =>
        fetch(url, { method: 'POST', body: JSON.stringify({ event: 'newCall', from: '13800138000', direction: 'in', callId }) }).then((r) => r.status);
      expect(await post(before.url, 'x1')).toBe(200);

      const changed = await settings({ regenerateToken: true });
      await vi.waitFor(() => expect(listener.current()?.url).toBe(changed.endpointUrl));
      expect(await post(before.url, 'x2')).toBe(404);
      expect(await post(changed.endpointUrl, 'x3')).toBe(200);
      expect(desk.db.prepare('SELECT id FROM calls ORDER BY id').all()).toEqual([{ id: 'x1' }, { id: 'x3' }]);
    } finally {
      await listener.stop();
    }
  });

  it('reports where the endpoint really listens, and says so when its port is taken', async () => {
    desk = makeTestDesk();
    expect((await settings()).listeningPort).toBeNull();
    const listener = await startCtiListener(desk.ctx, () => {}, 0);
    try {
      const running = await settings();
      const actual = listener.current()!.port;
      expect(running.listeningPort).toBe(actual);
      expect(running.endpointUrl).toBe(`http://127.0.0.1:${actual}/cti/${running.token}`);
    } finally {
      await listener.stop();
    }
    expect((await settings()).listeningPort).toBeNull();

    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = await startCtiListener(desk.ctx, () => {}, taken);
    try {
      expect(failed.current()).toBeNull();
      expect((await settings()).listeningPort).toBeNull();
    } finally {
      await failed.stop();
      blocker.close();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
