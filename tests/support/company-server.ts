import { join } from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '../../scripts/embedded-server.mjs';
import { openDesk, type Desk } from '../../core/desk';
import { IdleLock } from '../../core/idle-lock';
import { memorySettings } from '../../core/settings';
import { makeTempDir } from './temp-dir';

export const DEMO_PASSWORD = 'Demo@2026';

/** A real server process (server/main.ts on PGlite in a temp dir, demo organisation), for one test file. */
export async function startCompanyServer(): Promise<{ server: EmbeddedServer; close: () => Promise<void> }> {
  const temp = makeTempDir('accounts-server-');
  const server = await startEmbeddedServer({ dataDir: join(temp.dir, 'server'), quiet: true });
  return {
    server,
    close: async () => {
      await server.stop();
      temp.cleanup();
    },
  };
}

/** A desk as openDesk makes it (real SQLite, settings in memory), pointed at a server, with an idle clock the test moves. */
export function makeServerDesk(serverUrl: string | null, initialSettings: Record<string, unknown> = {}) {
  const temp = makeTempDir('accounts-desk-');
  const settings = memorySettings({ ...(serverUrl ? { serverUrl } : {}), ...initialSettings });
  const desk: Desk = openDesk({ dataDir: temp.dir, settings });
  let idleNow = 0;
  desk.ctx.idleLock = new IdleLock(settings, { now: () => idleNow });
  return {
    ...desk,
    settings,
    /** Moves the idle clock forward. */
    idle: (ms: number) => void (idleNow += ms),
    /** The same settings opened again, as after a restart. */
    reopenLock: () => (desk.ctx.idleLock = new IdleLock(settings, { now: () => idleNow })),
    close: () => {
      desk.close();
      temp.cleanup();
    },
  };
}
export type ServerDesk = ReturnType<typeof makeServerDesk>;
