import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export interface ExitedServer {
  code: number | null;
  output: string;
}

/** Runs `tsx server/main.ts …` for real; resolves once it prints where it listens, or when it exits. */
export function spawnServer(args: string[], env: Record<string, string> = {}): Promise<SpawnedServer | ExitedServer> {
  const child = spawn(TSX, ['server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = /\[server\] listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          async stop() {
            if (child.exitCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => resolve({ code, output }));
  });
}

export function expectRunning(server: SpawnedServer | ExitedServer): SpawnedServer {
  if (!('url' in server)) throw new Error(`the server exited (${server.code}):\n${server.output}`);
  return server;
}

/** Runs a CLI command of the server to its end. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<ExitedServer> {
  const result = await spawnServer(args, env);
  if ('url' in result) {
    await result.stop();
    throw new Error(`"${args.join(' ')}" started a server instead of finishing`);
  }
  return result;
}
