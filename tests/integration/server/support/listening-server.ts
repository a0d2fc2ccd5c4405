import { randomUUID } from 'node:crypto';
import type { Session } from '../../../../shared/org/auth';
import { API_PREFIX } from '../../../../shared/org/routes';
import { SYNC_ROUTES } from '../../../../shared/sync/protocol';
import { DEMO_PASSWORD } from '../../../../server/services/demo-organisation';
import { startServer, type RunningServer } from '../../../../server/start';
import { createTestDatabase, type Backend } from './backends';

export interface PokeStream {
  status: number;
  headers: Headers;
  /** Resolves when the server ends the stream (rejects after `ms`). */
  ended(ms: number): Promise<void>;
  close(): void;
}

/** The server listening on a free port (HTTP, so event streams are real) over a fresh database of one backend, demo organisation seeded. */
export async function startListeningServer(backend: Backend) {
  const testDb = await createTestDatabase(backend);
  const running: RunningServer = await startServer({
    ...(testDb.databaseUrl ? { databaseUrl: testDb.databaseUrl } : { dataDir: testDb.dataDir! }),
    port: 0,
    host: '127.0.0.1',
    demoIfEmpty: true,
  });
  const url = (path: string) => `${running.url}${API_PREFIX}${path}`;
  const call = (method: string, path: string, token?: string, body?: unknown) =>
    fetch(url(path), {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  return {
    running,
    call,
    /** Signs in as a desk does, with a new client id; answers the session and that id. */
    async signIn(employeeNo: string, password = DEMO_PASSWORD): Promise<Session & { clientId: string }> {
      const clientId = randomUUID();
      const response = await call('POST', '/auth/login', undefined, { employeeNo, password, clientId, deviceName: 'desk' });
      if (response.status !== 200) throw new Error(`sign-in of ${employeeNo} failed: ${await response.text()}`);
      return { ...((await response.json()) as Session), clientId };
    },
    /** Opens the poke stream with the token and waits until the server says it is connected. */
    async openPokes(token: string): Promise<PokeStream> {
      const controller = new AbortController();
      const response = await fetch(url(SYNC_ROUTES.poke), { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      let done = false;
      const reading = (async () => {
        try {
          for (;;) {
            const chunk = await reader.read();
            if (chunk.done) break;
            text += decoder.decode(chunk.value, { stream: true });
          }
        } catch {
          // aborted by close()
        }
        done = true;
      })();
      if (response.status === 200) while (!text.includes(': connected') && !done) await new Promise((resolve) => setTimeout(resolve, 10));
      return {
        status: response.status,
        headers: response.headers,
        ended: (ms) =>
          Promise.race([
            reading,
            new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`the poke stream was still open after ${ms} ms`)), ms).unref()),
          ]),
        close: () => controller.abort(),
      };
    },
    async close() {
      await running.close();
      await testDb.drop();
    },
  };
}
export type ListeningServer = Awaited<ReturnType<typeof startListeningServer>>;
