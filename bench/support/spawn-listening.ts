import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * A TypeScript entry of the repository in its own Node process (through tsx), once it prints
 * `<tag> listening on <url>`; rejects with its output if it exits first.
 */
export async function spawnListening(
  entry: string,
  options: { args?: string[]; env?: NodeJS.ProcessEnv; tag: string },
): Promise<{ child: ChildProcess; url: string; exited: Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...(options.args ?? [])], {
    cwd: ROOT,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const listening = new RegExp(`\\[${options.tag}\\] listening on (\\S+)`);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const match = listening.exec(output);
      if (match) resolve(match[1]!);
    });
    void exited.then(() => reject(new Error(`${entry} exited:\n${output}`)));
  });
  return { child, url, exited };
}
