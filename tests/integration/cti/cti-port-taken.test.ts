import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCtiListener } from '../../../core/cti/cti-listener';
import type { CtiSettings } from '../../../shared/api/cti';
import { makeTestDesk } from '../../support/desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { valueOf } from '../../support/results';

let desk: ReturnType<typeof makeTestDesk>;
let blocker: Server;
afterEach(async () => {
  desk.close();
  vi.restoreAllMocks();
  await new Promise((done) => blocker.close(done));
});

async function holdPort(): Promise<number> {
  blocker = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => blocker.once('listening', done));
  return (blocker.address() as AddressInfo).port;
}

/** A desk whose configured CTI port another program holds, with its listener started (and failing). */
async function startOnTakenPort() {
  desk = makeTestDesk({ key: TEST_DATABASE_KEY });
  const taken = await holdPort();
  valueOf(await desk.dispatch('cti.updateSettings', { port: taken }));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  return { taken, listener: await startCtiListener(desk.ctx) };
}

describe('a CTI port already held by another program', () => {
  it('reports the endpoint as down and offers no address a softphone could be pointed at', async () => {
    const { taken, listener } = await startOnTakenPort();
    try {
      const settings = valueOf<CtiSettings>(await desk.dispatch('cti.settings', {}));
      expect(settings).toMatchObject({ port: taken, listeningPort: null, downPort: taken, endpointUrl: '', curlExample: '' });
      expect(JSON.stringify(settings)).not.toContain(`127.0.0.1:${taken}`);
    } finally {
      await listener.stop();
    }
    expect(valueOf<CtiSettings>(await desk.dispatch('cti.settings', {})).downPort).toBeNull();
  });

  it('after moving to a free port, is up again with the new address only', async () => {
    const { listener } = await startOnTakenPort();
    try {
      const free = await new Promise<number>((done) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as AddressInfo;
          probe.close(() => done(port));
        });
      });
      valueOf(await desk.dispatch('cti.updateSettings', { port: free }));
      await vi.waitFor(() => expect(listener.current()?.port).toBe(free));
      const settings = valueOf<CtiSettings>(await desk.dispatch('cti.settings', {}));
      expect(settings).toMatchObject({ listeningPort: free, downPort: null });
      expect(settings.endpointUrl).toBe(`http://127.0.0.1:${free}/cti/${settings.token}`);
    } finally {
      await listener.stop();
    }
  });
});
