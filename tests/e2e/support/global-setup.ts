import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedServer } from '../../../scripts/embedded-server.mjs';
import { E2E_SERVER_ENV } from './web-host';

/**
 * One company server for the whole Playwright run (server/main.ts on PGlite in a temp dir, seeded with
 * the demo organisation); every web host the tests start points at it unless a test says otherwise.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-e2e-server-'));
  const server = await startEmbeddedServer({ dataDir: join(dir, 'server'), quiet: true });
  process.env[E2E_SERVER_ENV] = server.url;
  process.env.COMPLAINT_DESK_E2E_SERVER_DATA = join(dir, 'server');
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
