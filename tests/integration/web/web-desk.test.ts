import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memorySettings } from '../../../core/settings';
import { startWebDesk } from '../../../web/web-desk';
import { AGENT } from '../../support/desk';
import { makeTempDir } from '../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());

function browserModeDirs() {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Complaint Desk</title>');
  return { dataDir: join(temp.dir, 'data'), rendererDir };
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as { port: number };
      server.close(() => resolve(bound));
    });
  });
}
const freePort = () => listenOnce(0);

describe('browser mode (web/main.ts)', () => {
  it('quits as one: the desk services (CTI, sync, reminders), then the web host, then the database', async () => {
    const { dataDir, rendererDir } = browserModeDirs();
    const web = await startWebDesk({
      desk: { dataDir, settings: memorySettings({ signedInAgent: AGENT }) },
      services: { ctiPort: 0 },
      host: { rendererDir, port: 0 },
    });
    const ctiUrl = web.cti.current()!.url;
    expect(await (await fetch(web.host.url)).text()).toContain('Complaint Desk');
    const stopServices = vi.spyOn(web.services, 'stop');
    const stopSync = vi.spyOn(web.services.sync!, 'stop');

    await web.stop();

    expect(stopServices).toHaveBeenCalledOnce();
    expect(stopSync).toHaveBeenCalledOnce();
    await expect(fetch(ctiUrl, { method: 'POST', body: '{}' })).rejects.toThrow();
    await expect(fetch(web.host.url)).rejects.toThrow();
    expect(web.desk.ctx.db.open).toBe(false);
  });

  it('sets the company server given on the command line before the services start', async () => {
    const { dataDir, rendererDir } = browserModeDirs();
    const web = await startWebDesk({
      desk: { dataDir, settings: memorySettings() },
      services: { ctiPort: 0, sync: false },
      host: { rendererDir, port: 0 },
      server: 'https://complaints.example.com',
    });
    expect(web.serverAddress).toBe('https://complaints.example.com');
    await web.stop();
  });

  it('stops what it started and closes the database when the web host cannot start', async () => {
    const { dataDir } = browserModeDirs();
    const ctiPort = await freePort();
    await expect(startWebDesk({ desk: { dataDir, settings: memorySettings() }, services: { ctiPort }, host: { rendererDir: join(dataDir, 'nowhere'), port: 0 } })).rejects.toThrow(
      /No built renderer/,
    );
    // The CTI endpoint let its port go.
    await listenOnce(ctiPort);
  });
});
