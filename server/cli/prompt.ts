import { createInterface } from 'node:readline/promises';

/** Asks on the terminal; a secret is not echoed. */
export async function prompt(question: string, secret = false): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (secret && process.stdin.isTTY) {
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) =>
      write.call(rl, s.startsWith(question) ? s : '');
  }
  try {
    return (await rl.question(question)).trim();
  } finally {
    if (secret && process.stdin.isTTY) process.stdout.write('\n');
    rl.close();
  }
}
